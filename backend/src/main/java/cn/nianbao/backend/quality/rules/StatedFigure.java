package cn.nianbao.backend.quality.rules;

import java.util.List;

import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;

/**
 * A figure that reports state in words as well as in a table, and the cells that hold it. Some figures are said in
 * more than one sense (收到 24 件 may count last year's carried-over requests too; 行政诉讼 3 件 may be one of the two
 * kinds): every reading is listed, the first is the usual one, and the text disagrees with the table only when it
 * matches none of them.
 */
enum StatedFigure {
    RECEIVED("本年新收申请", List.of(
            List.of(request(RequestRow.NEW_RECEIVED)),
            List.of(request(RequestRow.NEW_RECEIVED), request(RequestRow.CARRIED_OVER)))),
    HANDLED("办结（答复）的申请", List.of(List.of(request(RequestRow.TOTAL_PROCESSED)))),
    CARRIED_OVER("上年结转的申请", List.of(List.of(request(RequestRow.CARRIED_OVER)))),
    CARRIED_FORWARD("结转下年度的申请", List.of(List.of(request(RequestRow.CARRIED_FORWARD)))),
    REVIEWS("政府信息公开行政复议", List.of(
            List.of(review(ReviewRow.ADMINISTRATIVE_REVIEW, ReviewOutcome.TOTAL)),
            decided(ReviewRow.ADMINISTRATIVE_REVIEW))),
    LAWSUITS("政府信息公开行政诉讼", List.of(
            List.of(review(ReviewRow.LITIGATION_DIRECT, ReviewOutcome.TOTAL),
                    review(ReviewRow.LITIGATION_AFTER_REVIEW, ReviewOutcome.TOTAL)),
            List.of(review(ReviewRow.LITIGATION_DIRECT, ReviewOutcome.TOTAL)),
            List.of(review(ReviewRow.LITIGATION_AFTER_REVIEW, ReviewOutcome.TOTAL)))),
    REVIEWS_AND_LAWSUITS("政府信息公开行政复议和行政诉讼", List.of(List.of(
            review(ReviewRow.ADMINISTRATIVE_REVIEW, ReviewOutcome.TOTAL),
            review(ReviewRow.LITIGATION_DIRECT, ReviewOutcome.TOTAL),
            review(ReviewRow.LITIGATION_AFTER_REVIEW, ReviewOutcome.TOTAL)))),
    NORMATIVE_ISSUED("本年制发的行政规范性文件", documents(ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveField.ISSUED)),
    NORMATIVE_REPEALED("本年废止的行政规范性文件", documents(ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveField.REPEALED)),
    NORMATIVE_IN_FORCE("现行有效的行政规范性文件", documents(ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveField.IN_FORCE)),
    REGULATIONS_ISSUED("本年制发的规章", documents(ProactiveRow.REGULATIONS, ProactiveField.ISSUED)),
    REGULATIONS_REPEALED("本年废止的规章", documents(ProactiveRow.REGULATIONS, ProactiveField.REPEALED)),
    REGULATIONS_IN_FORCE("现行有效的规章", documents(ProactiveRow.REGULATIONS, ProactiveField.IN_FORCE));

    private final String label;
    private final List<List<CellPath>> readings;

    StatedFigure(String label, List<List<CellPath>> readings) {
        this.label = label;
        this.readings = readings;
    }

    /** What the text states, in words: 本年新收申请. */
    String label() {
        return label;
    }

    /** The sums of cells the stated number may mean; the first is the usual meaning. */
    List<List<CellPath>> readings() {
        return readings;
    }

    private static CellPath request(RequestRow row) {
        return CellPath.request(row, ApplicantColumn.TOTAL);
    }

    private static CellPath review(ReviewRow row, ReviewOutcome outcome) {
        return CellPath.review(row, outcome);
    }

    /** 审结: the cases decided, i.e. all but those still pending. */
    private static List<CellPath> decided(ReviewRow row) {
        return List.of(review(row, ReviewOutcome.UPHELD), review(row, ReviewOutcome.CORRECTED),
                review(row, ReviewOutcome.OTHER));
    }

    private static List<List<CellPath>> documents(ProactiveRow row, ProactiveField field) {
        return List.of(List.of(CellPath.proactive(row, field)));
    }
}
