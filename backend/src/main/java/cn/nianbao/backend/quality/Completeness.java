package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;

/** The completeness matrix of a region: per year the rates, per body per year the state and the counts behind it. */
public record Completeness(Region region, List<Integer> years, AgencyKind kind, List<YearRates> rates,
                           List<BodyRow> bodies) {

    public record Region(String code, String name) {
    }

    /**
     * A year across the region's bodies: how many were expected to report, reported (expected or not), reported
     * though expected, on time (expected, published by the deadline), clean (reported, no error or warning), and
     * reports without a known publication date; the rates with their numerators and denominators above.
     */
    public record YearRates(int year, int expected, int reported, int reportedExpected, int onTime, int clean,
                            int publicationUnknown, BigDecimal reportedRate, BigDecimal onTimeRate,
                            BigDecimal cleanRate) {
    }

    public record BodyRow(String agencyCode, String agencyName, AgencyKind agencyKind, int depth, List<Cell> cells) {
    }

    /**
     * One body's year: its state, the active version, when it was published and due, how many days late, and the
     * current findings not dismissed by severity ({@code open}: not yet reviewed, of any severity).
     */
    public record Cell(int year, CompletenessState state, boolean expected, Integer versionNo, LocalDate publishedOn,
                       LocalDate dueOn, Long daysLate, int errors, int warnings, int infos, int open) {
    }
}
