package cn.nianbao.frontend.backend.quality;

/**
 * Which findings of a region to list; null leaves a filter out. {@code agency} narrows to one body within the
 * region, {@code from}/{@code to} to a range of years.
 */
public record FindingFilter(String region, String agency, Integer from, Integer to, String code, String severity,
                            String status) {

    public static FindingFilter of(String region) {
        return new FindingFilter(region, null, null, null, null, null, null);
    }

    /** One body's findings of one year. */
    public static FindingFilter of(String region, String agency, int year) {
        return new FindingFilter(region, agency, year, year, null, null, null);
    }
}
