package cn.nianbao.backend.contract;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One annual report in the contract form of {@code shared/contract/report.schema.json}, plus what the report prints
 * beyond the tables (statistics period, contact block, narrative sections, publication).
 *
 * <p>A table the report does not contain is {@code null}; a row the table does not contain is an absent key; a
 * cell printed blank is a null value inside the row. Maps iterate in template order.
 */
public record AnnualReport(ReportFormat format, String agency, Integer year, LocalDate signedOn,
                           Map<ProactiveRow, ProactiveCells> proactive,
                           Map<RequestRow, ApplicantCounts> requests,
                           Map<ReviewRow, OutcomeCounts> reviews,
                           Details details) {

    /** What the report prints besides the three tables; every part may be null or empty. */
    public record Details(StatisticsPeriod statisticsPeriod, Contact contact, List<NarrativeSection> sections,
                          LocalDate publishedOn, String url) {

        public static final Details NONE = new Details(null, null, List.of(), null, null);

        public Details {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }
    }

    public AnnualReport {
        proactive = proactive == null ? null : Collections.unmodifiableMap(new EnumMap<>(orEmpty(proactive, ProactiveRow.class)));
        requests = requests == null ? null : Collections.unmodifiableMap(new EnumMap<>(orEmpty(requests, RequestRow.class)));
        reviews = reviews == null ? null : Collections.unmodifiableMap(new EnumMap<>(orEmpty(reviews, ReviewRow.class)));
        details = details == null ? Details.NONE : details;
        format = format == null ? ReportFormat.UNKNOWN : format;
    }

    public AnnualReport withDetails(Details newDetails) {
        return new AnnualReport(format, agency, year, signedOn, proactive, requests, reviews, newDetails);
    }

    /** The 表三 cell, or null when the table, the row or the value is missing. */
    public Integer request(RequestRow row, ApplicantColumn column) {
        if (requests == null) {
            return null;
        }
        ApplicantCounts counts = requests.get(row);
        return counts == null ? null : counts.get(column);
    }

    /** The 表四 cell, or null when the table, the group or the value is missing. */
    public Integer review(ReviewRow row, ReviewOutcome outcome) {
        if (reviews == null) {
            return null;
        }
        OutcomeCounts counts = reviews.get(row);
        return counts == null ? null : counts.get(outcome);
    }

    private static <K extends Enum<K>, V> Map<K, V> orEmpty(Map<K, V> map, Class<K> type) {
        return map.isEmpty() ? new EnumMap<>(type) : map;
    }
}
