package cn.nianbao.backend.contract;

import java.time.LocalDate;

/** 统计期限 as printed, e.g. 2023年1月1日起至2023年12月31日止. */
public record StatisticsPeriod(LocalDate from, LocalDate to) {
}
