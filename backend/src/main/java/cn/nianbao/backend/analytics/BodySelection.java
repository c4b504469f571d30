package cn.nianbao.backend.analytics;

import cn.nianbao.backend.agency.AgencyKind;

/**
 * The bodies an analysis covers: those under the region, or — for a clerk, who sees nothing but their own body —
 * the region's body itself; of one kind, or all when {@code kind} is null.
 */
public record BodySelection(String regionCode, boolean regionItself, AgencyKind kind) {
}
