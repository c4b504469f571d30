package cn.nianbao.backend.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;

/**
 * The 勾稽 identities, as a test oracle for the generated demo data (the product's quality rules arrive with their
 * own issue). Blank cells are skipped, as a supervisor would.
 */
final class Identities {

    private static final List<ApplicantColumn> SIX = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH, ApplicantColumn.PUBLIC_INTEREST,
            ApplicantColumn.LEGAL_SERVICES, ApplicantColumn.OTHER);

    private Identities() {
    }

    static Set<String> broken(AnnualReport report) {
        Set<String> broken = new LinkedHashSet<>();
        for (ApplicantCounts row : report.requests().values()) {
            Integer sum = sum(SIX.stream().map(row::get).toList());
            if (sum != null && row.total() != null && !sum.equals(row.total())) {
                broken.add("ROW_TOTAL");
            }
        }
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Integer in = sum(Arrays.asList(cell(report, RequestRow.NEW_RECEIVED, column), cell(report, RequestRow.CARRIED_OVER, column)));
            Integer out = sum(Arrays.asList(cell(report, RequestRow.TOTAL_PROCESSED, column), cell(report, RequestRow.CARRIED_FORWARD, column)));
            if (in != null && out != null && !in.equals(out)) {
                broken.add("INTAKE_DOES_NOT_BALANCE");
            }
            List<Integer> outcomes = new ArrayList<>();
            report.requests().forEach((row, counts) -> {
                if (row.isOutcome()) {
                    outcomes.add(counts.get(column));
                }
            });
            Integer outcomeSum = sum(outcomes);
            Integer processed = cell(report, RequestRow.TOTAL_PROCESSED, column);
            if (outcomeSum != null && processed != null && !outcomeSum.equals(processed)) {
                broken.add("OUTCOMES_DO_NOT_ADD_UP");
            }
        }
        for (OutcomeCounts group : report.reviews().values()) {
            Integer sum = sum(Arrays.asList(group.upheld(), group.corrected(), group.other(), group.pending()));
            if (sum != null && !sum.equals(group.total())) {
                broken.add("REVIEW_TOTAL_WRONG");
            }
        }
        return broken;
    }

    static Set<String> brokenAcrossYears(AnnualReport previous, AnnualReport current) {
        Set<String> broken = new LinkedHashSet<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Integer forward = cell(previous, RequestRow.CARRIED_FORWARD, column);
            Integer over = cell(current, RequestRow.CARRIED_OVER, column);
            if (forward != null && over != null && !forward.equals(over)) {
                broken.add("CARRY_OVER_BREAK");
            }
        }
        if (previous.proactive() != null && current.proactive() != null) {
            for (ProactiveRow row : List.of(ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS)) {
                ProactiveCells before = previous.proactive().get(row);
                ProactiveCells now = current.proactive().get(row);
                if (before.inForce() + now.issued() - now.repealed() != now.inForce()) {
                    broken.add("IN_FORCE_CHAIN");
                }
            }
        }
        return broken;
    }

    private static Integer cell(AnnualReport report, RequestRow row, ApplicantColumn column) {
        return report.request(row, column);
    }

    private static Integer sum(List<Integer> values) {
        // values may hold nulls (blank cells): callers pass Arrays.asList
        int sum = 0;
        for (Integer value : values) {
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum;
    }
}
