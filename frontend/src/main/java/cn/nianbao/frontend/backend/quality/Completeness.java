package cn.nianbao.frontend.backend.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.frontend.backend.agencies.AgencyKind;

/**
 * The completeness matrix of a region ({@code GET /api/quality/completeness}): per year the rates, per body per year
 * the state the backend decided and the counts behind it.
 */
public record Completeness(Region region, List<Integer> years, AgencyKind kind, List<YearRates> rates,
                           List<BodyRow> bodies) {

    public Completeness {
        years = years == null ? List.of() : List.copyOf(years);
        rates = rates == null ? List.of() : List.copyOf(rates);
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }

    public record Region(String code, String name) {
    }

    /** The year's rates (0…1, null when nothing to divide by) with the counts they are made of. */
    public record YearRates(int year, int expected, int reported, int reportedExpected, int onTime, int clean,
                            int publicationUnknown, BigDecimal reportedRate, BigDecimal onTimeRate,
                            BigDecimal cleanRate) {
    }

    public record BodyRow(String agencyCode, String agencyName, AgencyKind agencyKind, int depth, List<Cell> cells) {

        public BodyRow {
            cells = cells == null ? List.of() : List.copyOf(cells);
        }

        /** The body's cell of {@code year}; null when the answer has none. */
        public Cell cell(int year) {
            return cells.stream().filter(cell -> cell.year() == year).findFirst().orElse(null);
        }
    }

    /** One body's year: its state, version, publication and deadline, and its current findings not dismissed. */
    public record Cell(int year, CompletenessState state, boolean expected, Integer versionNo, LocalDate publishedOn,
                       LocalDate dueOn, Long daysLate, int errors, int warnings, int infos, int open) {
    }

    public YearRates rates(int year) {
        return rates.stream().filter(rate -> rate.year() == year).findFirst().orElse(null);
    }
}
