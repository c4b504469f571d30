package cn.nianbao.backend.contract.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;

/**
 * Every 勾稽关系 of the national template, written once, as data: the parser cuts glued digits and orders numbers
 * with them, the demo generator derives its totals from them, and the quality rules check stored reports with them.
 *
 * <p>表三's outcome sum exists in two layouts — （六）其他处理 split into three rows (2021) or printed as one (2019) —
 * and a report is checked against the layout it prints: the other layout's identity lacks rows and so stays
 * {@link Identity.Check.State#INCOMPLETE}.
 */
public final class IdentityCatalogue {

    /** The six applicant columns that 总计 adds up. */
    public static final List<ApplicantColumn> APPLICANTS = Arrays.stream(ApplicantColumn.values())
            .filter(column -> column != ApplicantColumn.TOTAL).toList();

    /** The outcome rows （一）…（六） as the 2021 template prints them. */
    public static final List<RequestRow> SPLIT_OUTCOMES = Arrays.stream(RequestRow.values())
            .filter(RequestRow::isOutcome).filter(row -> row != RequestRow.OTHER_UNSPLIT).toList();

    /** The outcome rows with （六）其他处理 as one row, as the 2019 template prints them. */
    public static final List<RequestRow> UNSPLIT_OUTCOMES = Arrays.stream(RequestRow.values())
            .filter(RequestRow::isOutcome)
            .filter(row -> row.group() != RequestRow.Group.OTHER || row == RequestRow.OTHER_UNSPLIT).toList();

    private static final List<ReviewOutcome> DECIDED_AND_PENDING = List.of(ReviewOutcome.UPHELD,
            ReviewOutcome.CORRECTED, ReviewOutcome.OTHER, ReviewOutcome.PENDING);

    private static final List<Identity> ALL = build();

    private IdentityCatalogue() {
    }

    /** Every identity, within one report first, then across years. */
    public static List<Identity> all() {
        return ALL;
    }

    public static List<Identity> of(IdentityKind kind) {
        return ALL.stream().filter(identity -> identity.kind() == kind).toList();
    }

    /** The identities that one report must satisfy on its own. */
    public static List<Identity> withinOneReport() {
        return ALL.stream().filter(identity -> !identity.kind().acrossYears()).toList();
    }

    /** The identities between a report and the same body's report of the year before. */
    public static List<Identity> acrossYears() {
        return ALL.stream().filter(identity -> identity.kind().acrossYears()).toList();
    }

    /** The identities that read this cell of a report. */
    public static List<Identity> reading(CellPath cell) {
        return ALL.stream().filter(identity -> identity.reads(cell)).toList();
    }

    /** A 表三 row as the template names it, with its group when it is a numbered sub-row: （三）不予公开 1.属于国家秘密. */
    public static String rowName(RequestRow row) {
        String group = row.group().label();
        return group == null || row.label().startsWith(group.substring(0, 3)) ? row.label() : group + " " + row.label();
    }

    private static List<Identity> build() {
        List<Identity> all = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            all.add(new Identity(IdentityKind.T3_BALANCE, "表三 " + column.label(),
                    List.of(request(RequestRow.NEW_RECEIVED, column), request(RequestRow.CARRIED_OVER, column)),
                    List.of(request(RequestRow.TOTAL_PROCESSED, column), request(RequestRow.CARRIED_FORWARD, column))));
        }
        for (RequestRow row : RequestRow.values()) {
            all.add(new Identity(IdentityKind.T3_COLUMN_SUM, "表三 " + rowName(row),
                    APPLICANTS.stream().map(column -> request(row, column)).toList(),
                    List.of(request(row, ApplicantColumn.TOTAL))));
        }
        for (ApplicantColumn column : ApplicantColumn.values()) {
            all.add(outcomeSum(column, SPLIT_OUTCOMES, ""));
            all.add(outcomeSum(column, UNSPLIT_OUTCOMES, "（（六）其他处理为一行）"));
        }
        for (ReviewRow row : ReviewRow.values()) {
            all.add(new Identity(IdentityKind.T4_SUM, "表四 " + row.label(),
                    DECIDED_AND_PENDING.stream().map(outcome -> Term.current(CellPath.review(row, outcome))).toList(),
                    List.of(Term.current(CellPath.review(row, ReviewOutcome.TOTAL)))));
        }
        for (ProactiveRow row : List.of(ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS)) {
            all.add(new Identity(IdentityKind.IN_FORCE_CHAIN, "表二 " + row.label(),
                    List.of(Term.previous(CellPath.proactive(row, ProactiveField.IN_FORCE)),
                            Term.current(CellPath.proactive(row, ProactiveField.ISSUED))),
                    List.of(Term.current(CellPath.proactive(row, ProactiveField.REPEALED)),
                            Term.current(CellPath.proactive(row, ProactiveField.IN_FORCE)))));
        }
        for (ApplicantColumn column : ApplicantColumn.values()) {
            all.add(new Identity(IdentityKind.CARRY_OVER, "表三 " + column.label(),
                    List.of(Term.previous(CellPath.request(RequestRow.CARRIED_FORWARD, column))),
                    List.of(request(RequestRow.CARRIED_OVER, column))));
        }
        return List.copyOf(all);
    }

    private static Identity outcomeSum(ApplicantColumn column, List<RequestRow> outcomes, String layout) {
        return new Identity(IdentityKind.T3_OUTCOME_SUM, "表三 " + column.label() + layout,
                outcomes.stream().map(row -> request(row, column)).toList(),
                List.of(request(RequestRow.TOTAL_PROCESSED, column)));
    }

    private static Term request(RequestRow row, ApplicantColumn column) {
        return Term.current(CellPath.request(row, column));
    }
}
