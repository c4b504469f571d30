package cn.nianbao.backend.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;

/**
 * One year of 表三 for one demo body, built column by column so that every identity holds: 一+二 = (七)+四,
 * (七) = the sum of the outcome rows, and 总计 = the sum of the six applicant columns.
 */
record YearNumbers(int[] newReceived, int[] carriedOver, int[] carriedForward, Map<RequestRow, int[]> outcomes) {

    private static final int COLUMNS = 6;
    private static final List<RequestRow> OTHER_SPLIT =
            List.of(RequestRow.OTHER_NO_CORRECTION, RequestRow.OTHER_FEE_UNPAID, RequestRow.OTHER_OTHER);

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
        int[] forward = new int[COLUMNS];
        Map<RequestRow, int[]> outcomes = new EnumMap<>(RequestRow.class);
        DemoCity.weights().keySet().forEach(row -> outcomes.put(row, new int[COLUMNS]));
        for (int c = 0; c < COLUMNS; c++) {
            int available = received[c] + carriedOver[c];
            forward[c] = available < 4 ? 0 : random.nextInt(available / 6 + 1);
            for (int unit = 0; unit < available - forward[c]; unit++) {
                outcomes.get(draw(random))[c]++;
            }
        }
        return new YearNumbers(received, carriedOver.clone(), forward, outcomes);
    }

    /** The 表三 rows as printed in the given format (2019: one （六）其他处理 row). */
    Map<RequestRow, ApplicantCounts> table(ReportFormat format) {
        Map<RequestRow, ApplicantCounts> rows = new EnumMap<>(RequestRow.class);
        rows.put(RequestRow.NEW_RECEIVED, counts(newReceived));
        rows.put(RequestRow.CARRIED_OVER, counts(carriedOver));
        int[] processed = new int[COLUMNS];
        int[] otherUnsplit = new int[COLUMNS];
        for (Map.Entry<RequestRow, int[]> outcome : outcomes.entrySet()) {
            for (int c = 0; c < COLUMNS; c++) {
                processed[c] += outcome.getValue()[c];
            }
            if (format == ReportFormat.F2019 && OTHER_SPLIT.contains(outcome.getKey())) {
                for (int c = 0; c < COLUMNS; c++) {
                    otherUnsplit[c] += outcome.getValue()[c];
                }
            } else {
                rows.put(outcome.getKey(), counts(outcome.getValue()));
            }
        }
        if (format == ReportFormat.F2019) {
            rows.put(RequestRow.OTHER_UNSPLIT, counts(otherUnsplit));
        }
        rows.put(RequestRow.TOTAL_PROCESSED, counts(processed));
        rows.put(RequestRow.CARRIED_FORWARD, counts(carriedForward));
        return rows;
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

    private static ApplicantCounts counts(int[] columns) {
        int total = 0;
        for (int value : columns) {
            total += value;
        }
        return ApplicantCounts.of(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], total);
    }
}
