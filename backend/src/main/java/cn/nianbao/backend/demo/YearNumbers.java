package cn.nianbao.backend.demo;

import static cn.nianbao.backend.contract.identity.IdentityKind.CARRY_OVER;
import static cn.nianbao.backend.contract.identity.IdentityKind.T3_BALANCE;
import static cn.nianbao.backend.contract.identity.IdentityKind.T3_COLUMN_SUM;
import static cn.nianbao.backend.contract.identity.IdentityKind.T3_OUTCOME_SUM;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.identity.CellValues;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;

/**
 * One year of 表三 for one demo body, built column by column: the new requests and last year's carried-over ones are
 * drawn, some are carried forward, and the rest are handed out over the outcome rows. Every derived cell — how many
 * were processed, （七）总计, each 总计 — comes from the identity catalogue, so every identity holds.
 */
record YearNumbers(int[] newReceived, int[] carriedOver, int[] carriedForward, Map<RequestRow, int[]> outcomes) {

    private static final List<ApplicantColumn> APPLICANTS = IdentityCatalogue.APPLICANTS;

    private static final double TOTAL_WEIGHT =
            DemoCity.weights().values().stream().mapToDouble(Double::doubleValue).sum();

    static YearNumbers generate(BodyProfile profile, int yearIndex, int[] carriedOver, SplittableRandom random) {
        double natural = profile.naturalPersons() * Math.pow(1 + profile.trend(), yearIndex)
                * (0.75 + random.nextDouble() * 0.5);
        int[] received = {
            (int) Math.round(natural),
            (int) Math.round(natural * 0.24 * random.nextDouble()),
            random.nextInt(10) == 0 ? 1 : 0,
            random.nextInt(20) == 0 ? 1 : 0,
            (int) Math.round(natural * 0.08 * random.nextDouble()),
            (int) Math.round(natural * 0.1 * random.nextDouble())};
        int[] forward = new int[APPLICANTS.size()];
        Map<RequestRow, int[]> outcomes = new EnumMap<>(RequestRow.class);
        DemoCity.weights().keySet().forEach(row -> outcomes.put(row, new int[APPLICANTS.size()]));
        for (int c = 0; c < APPLICANTS.size(); c++) {
            CellPath processedCell = cell(RequestRow.TOTAL_PROCESSED, c);
            DerivedCells column = new DerivedCells()
                    .put(cell(RequestRow.NEW_RECEIVED, c), received[c])
                    .put(cell(RequestRow.CARRIED_OVER, c), carriedOver[c]);
            int intake = DerivedCells.leftSide(T3_BALANCE, processedCell, column);
            forward[c] = intake < 4 ? 0 : random.nextInt(intake / 6 + 1);
            column.put(cell(RequestRow.CARRIED_FORWARD, c), forward[c]);
            int processed = column.derive(T3_BALANCE, processedCell);
            for (int unit = 0; unit < processed; unit++) {
                outcomes.get(draw(random))[c]++;
            }
        }
        return new YearNumbers(received, carriedOver.clone(), forward, outcomes);
    }

    /** Next year's 上年结转, column by column: this year's 结转下年度 carried over. */
    int[] carriedOverNextYear() {
        DerivedCells thisYear = new DerivedCells();
        for (int c = 0; c < APPLICANTS.size(); c++) {
            thisYear.put(cell(RequestRow.CARRIED_FORWARD, c), carriedForward[c]);
        }
        int[] next = new int[APPLICANTS.size()];
        for (int c = 0; c < APPLICANTS.size(); c++) {
            next[c] = DerivedCells.solve(CARRY_OVER, cell(RequestRow.CARRIED_OVER, c), CellValues.NONE, thisYear,
                    identity -> true);
        }
        return next;
    }

    /** The 表三 rows as printed in the given format (2019: one （六）其他处理 row). */
    Map<RequestRow, ApplicantCounts> table(ReportFormat format) {
        DerivedCells cells = new DerivedCells();
        for (int c = 0; c < APPLICANTS.size(); c++) {
            cells.put(cell(RequestRow.NEW_RECEIVED, c), newReceived[c])
                    .put(cell(RequestRow.CARRIED_OVER, c), carriedOver[c])
                    .put(cell(RequestRow.CARRIED_FORWARD, c), carriedForward[c]);
            for (Map.Entry<RequestRow, int[]> outcome : outcomes.entrySet()) {
                cells.put(cell(outcome.getKey(), c), outcome.getValue()[c]);
            }
            CellPath unsplit = cell(RequestRow.OTHER_UNSPLIT, c);
            cells.put(cell(RequestRow.TOTAL_PROCESSED, c), DerivedCells.solve(T3_OUTCOME_SUM,
                    cell(RequestRow.TOTAL_PROCESSED, c), cells, CellValues.NONE, identity -> !identity.reads(unsplit)));
            if (format == ReportFormat.F2019) {
                cells.derive(T3_OUTCOME_SUM, unsplit);
            }
        }
        List<RequestRow> printedOutcomes = format == ReportFormat.F2019
                ? IdentityCatalogue.UNSPLIT_OUTCOMES : IdentityCatalogue.SPLIT_OUTCOMES;
        Map<RequestRow, ApplicantCounts> rows = new EnumMap<>(RequestRow.class);
        for (RequestRow row : RequestRow.values()) {
            if (row.isOutcome() && !printedOutcomes.contains(row)) {
                continue;
            }
            cells.derive(T3_COLUMN_SUM, CellPath.request(row, ApplicantColumn.TOTAL));
            rows.put(row, counts(row, cells));
        }
        return rows;
    }

    private static ApplicantCounts counts(RequestRow row, CellValues cells) {
        Map<ApplicantColumn, Integer> counts = new EnumMap<>(ApplicantColumn.class);
        for (ApplicantColumn column : ApplicantColumn.values()) {
            counts.put(column, Math.toIntExact(cells.value(CellPath.request(row, column))));
        }
        return ApplicantCounts.of(counts);
    }

    private static CellPath cell(RequestRow row, int applicant) {
        return CellPath.request(row, APPLICANTS.get(applicant));
    }

    private static RequestRow draw(SplittableRandom random) {
        double target = random.nextDouble() * TOTAL_WEIGHT;
        double sum = 0;
        RequestRow last = RequestRow.GRANTED;
        for (Map.Entry<RequestRow, Double> weight : DemoCity.weights().entrySet()) {
            sum += weight.getValue();
            last = weight.getKey();
            if (target < sum) {
                return last;
            }
        }
        return last;
    }
}
