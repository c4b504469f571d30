package cn.nianbao.frontend.backend.analytics;

import java.math.BigDecimal;

import cn.nianbao.frontend.backend.agencies.AgencyKind;

/**
 * One body in a ranking: {@code rank} null when it has no number this year; {@code previous} is its point of the
 * year before with its real state; {@code change} and {@code changeRate} only when both points have a number.
 */
public record RankingLine(Integer rank, String agencyCode, String agencyName, AgencyKind agencyKind, boolean demo,
                          Point current, Point previous, BigDecimal change, BigDecimal changeRate) {
}
