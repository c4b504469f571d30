package cn.nianbao.backend.quality;

/**
 * Which kept findings to list: the bodies of a region ({@code ownBodyOnly} for a clerk, whose region is their own
 * body), optionally one body, the years, and the code, severity and review status; a page of them.
 */
public record FindingFilter(long regionId, boolean ownBodyOnly, Long agencyId, int fromYear, int toYear, String code,
                            String severity, FindingStatus status, int offset, int limit) {
}
