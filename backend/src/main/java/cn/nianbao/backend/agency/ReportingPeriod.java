package cn.nianbao.backend.agency;

/** Years in which a body is expected to report, {@code lastYear} null while it still exists. */
public record ReportingPeriod(int firstYear, Integer lastYear) {

    public ReportingPeriod {
        if (lastYear != null && lastYear < firstYear) {
            throw new IllegalArgumentException("报告期末年 " + lastYear + " 早于首年 " + firstYear);
        }
    }

    public boolean covers(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }
}
