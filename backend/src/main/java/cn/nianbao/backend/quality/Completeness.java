package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;

/**
 * The completeness matrix of a region: per year the rates, and per body per year the state and the counts behind it
 * ({@code by} {@code bodies}) or, for a large region, per sub-region per year the counts and rates ({@code by}
 * {@code children}: {@code regions}, {@code bodies} empty).
 */
public record Completeness(Region region, List<Integer> years, AgencyKind kind, String by, List<YearRates> rates,
                           List<BodyRow> bodies, List<RegionRow> regions) {

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

    /**
     * A line of the matrix by sub-region: a direct sub-region with every body under it ({@code wholeSubtree}), or the
     * region's own body alone; per year its counts and rates.
     */
    public record RegionRow(String agencyCode, String agencyName, AgencyKind agencyKind, boolean wholeSubtree,
                            List<YearRates> years) {
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
