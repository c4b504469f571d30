package cn.nianbao.backend.quality;

/** One body's report for one year, or its absence: what the rules are run for. */
public record BodyYear(long agencyId, int year) {
}
