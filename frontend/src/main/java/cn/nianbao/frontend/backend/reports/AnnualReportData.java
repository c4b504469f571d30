package cn.nianbao.frontend.backend.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One report in the contract form ({@code shared/contract/report.schema.json}). The tables stay maps keyed by the
 * contract codes so that the three states survive: a table or row that is absent is missing, a key whose value is
 * null was printed blank, a number was printed (0 included).
 */
public record AnnualReportData(String format, String agency, Integer year, LocalDate signedOn,
                               Map<String, Map<String, BigDecimal>> proactive,
                               Map<String, Map<String, Integer>> requests,
                               Map<String, Map<String, Integer>> reviews,
                               StatisticsPeriod statisticsPeriod, Contact contact, List<Section> sections,
                               LocalDate publishedOn, String url) {

    public AnnualReportData {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public record StatisticsPeriod(LocalDate from, LocalDate to) {
    }

    public record Contact(String organization, String address, String postalCode, String phone, String fax,
                          String email, String website) {
    }

    /** A narrative section 一…六 as printed. */
    public record Section(int number, String heading, String text) {
    }
}
