package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import com.fasterxml.jackson.annotation.JsonInclude;

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
     * current findings not dismissed by severity ({@code open}: not yet reviewed, of any severity). What a cell does
     * not have — no version, no date, not late, no finding — is left out of its JSON rather than written as null or
     * 0: most of a city's cells are clean, and a matrix of its 400 bodies was 30 % nulls and zeros.
     */
    public record Cell(int year, CompletenessState state, boolean expected,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer versionNo,
                       @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate publishedOn,
                       LocalDate dueOn,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long daysLate,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) int errors,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) int warnings,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) int infos,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) int open) {
    }
}
