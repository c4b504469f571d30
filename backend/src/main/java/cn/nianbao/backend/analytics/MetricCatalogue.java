package cn.nianbao.backend.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;
import cn.nianbao.backend.platform.web.BadRequestException;

/**
 * Every metric the API knows, defined once, with its Chinese label and unit.
 *
 * <ul>
 *   <li>every cell of the three tables, under its contract path ({@code requests.granted.natural_person});</li>
 *   <li>each 表三 outcome group summed over its rows, as the contract groups them ({@code requests.denied.total}:
 *       the eight 不予公开 rows; {@code requests.other.total}: （六）其他处理 in either layout);</li>
 *   <li>both kinds of lawsuit together ({@code litigation.total}, {@code litigation.corrected} …);</li>
 *   <li>the rates ({@code rate.disclosure} 公开率, {@code rate.denial} 不予公开率, {@code rate.unable} 无法提供率,
 *       {@code rate.correction} 纠错率).</li>
 * </ul>
 * {@link #all()} lists the indicators of the dashboard's picker; {@link #find} knows the rest as well.
 */
public final class MetricCatalogue {

    public static final String COUNT_UNIT = "件";
    public static final String AMOUNT_UNIT = "万元";

    private static final Pattern NUMBERING = Pattern.compile("^(（[一二三四五六七]）|\\d+\\.|[一二三四]、)");
    private static final List<RequestRow> INTAKE = List.of(RequestRow.NEW_RECEIVED, RequestRow.CARRIED_OVER,
            RequestRow.TOTAL_PROCESSED, RequestRow.CARRIED_FORWARD);
    private static final Map<RequestRow, String> INTAKE_LABELS = Map.of(
            RequestRow.NEW_RECEIVED, "本年新收申请数量",
            RequestRow.CARRIED_OVER, "上年结转申请数量",
            RequestRow.TOTAL_PROCESSED, "办理结果总计",
            RequestRow.CARRIED_FORWARD, "结转下年度继续办理");
    /** 审结: the cases decided, i.e. all but those pending. */
    private static final List<ReviewOutcome> DECIDED = List.of(ReviewOutcome.UPHELD, ReviewOutcome.CORRECTED,
            ReviewOutcome.OTHER);
    private static final List<ReviewRow> LAWSUITS = List.of(ReviewRow.LITIGATION_DIRECT,
            ReviewRow.LITIGATION_AFTER_REVIEW);

    private static final Map<String, Metric> KNOWN = known();
    private static final List<Metric> LISTED = listed();

    private MetricCatalogue() {
    }

    /** The indicators offered to a supervisor, group by group. */
    public static List<Metric> all() {
        return LISTED;
    }

    /** The metric with this id, listed or not. */
    public static Optional<Metric> find(String id) {
        return Optional.ofNullable(id).map(KNOWN::get);
    }

    /** 本年新收申请数量 in 表三's 总计 column. */
    public static Metric newReceived() {
        return KNOWN.get(CellPath.request(RequestRow.NEW_RECEIVED, ApplicantColumn.TOTAL).path());
    }

    /** The metric a request names in its {@code metric} parameter; 400 naming the parameter when there is none. */
    public static Metric requested(String id) {
        return find(id).orElseThrow(() -> new BadRequestException("metric", "没有指标“"
                + (id == null ? "" : id.length() > 60 ? id.substring(0, 60) + "…" : id)
                + "”；可用的指标见 GET /api/analytics/metrics，单元格指标用合同路径（如 requests.new_received.total）"));
    }

    static Metric require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no metric " + id));
    }

    private static List<Metric> listed() {
        List<String> ids = new ArrayList<>();
        ids.add(requestPath(RequestRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        IdentityCatalogue.APPLICANTS.forEach(column -> ids.add(requestPath(RequestRow.NEW_RECEIVED, column)));
        INTAKE.stream().skip(1).forEach(row -> ids.add(requestPath(row, ApplicantColumn.TOTAL)));
        for (RequestRow.Group group : outcomeGroups()) {
            ids.add(groupId(group, ApplicantColumn.TOTAL));
            List<RequestRow> rows = splitRows(group);
            if (rows.size() > 1 && group != RequestRow.Group.OTHER) {
                rows.forEach(row -> ids.add(requestPath(row, ApplicantColumn.TOTAL)));
            }
        }
        ids.addAll(List.of("rate.disclosure", "rate.denial", "rate.unable", "rate.correction"));
        for (ReviewRow row : ReviewRow.values()) {
            Arrays.stream(ReviewOutcome.values()).forEach(outcome -> ids.add(CellPath.review(row, outcome).path()));
        }
        Arrays.stream(ReviewOutcome.values()).forEach(outcome -> ids.add(litigationId(outcome)));
        for (ProactiveRow row : ProactiveRow.values()) {
            for (ProactiveField field : ProactiveField.values()) {
                if (field.belongsTo(row) && field != ProactiveField.REPEALED) {
                    ids.add(CellPath.proactive(row, field).path());
                }
            }
        }
        return ids.stream().map(MetricCatalogue::require).toList();
    }

    private static Map<String, Metric> known() {
        Map<String, Metric> known = new LinkedHashMap<>();
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                add(known, cell(CellPath.request(row, column)));
            }
        }
        for (RequestRow.Group group : outcomeGroups()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                add(known, groupSum(group, column));
            }
        }
        for (ReviewRow row : ReviewRow.values()) {
            Arrays.stream(ReviewOutcome.values()).forEach(outcome -> add(known, cell(CellPath.review(row, outcome))));
        }
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            add(known, CellSum.of(litigationId(outcome), "行政诉讼（合计）：" + outcome.label(), COUNT_UNIT,
                    MetricKind.COUNT, MetricGroup.REVIEWS,
                    LAWSUITS.stream().map(row -> (CellPath) CellPath.review(row, outcome)).toList()));
        }
        for (ProactiveRow row : ProactiveRow.values()) {
            for (ProactiveField field : ProactiveField.values()) {
                if (field.belongsTo(row)) {
                    add(known, cell(CellPath.proactive(row, field)));
                }
            }
        }
        CellSum handled = (CellSum) known.get(requestPath(RequestRow.TOTAL_PROCESSED, ApplicantColumn.TOTAL));
        add(known, new Ratio("rate.disclosure", "公开率", MetricGroup.RATES,
                CellSum.of("rate.disclosure.numerator", "予以公开与部分公开", COUNT_UNIT, MetricKind.COUNT,
                        MetricGroup.OUTCOMES, List.of(CellPath.request(RequestRow.GRANTED, ApplicantColumn.TOTAL),
                                CellPath.request(RequestRow.PARTIALLY_GRANTED, ApplicantColumn.TOTAL))),
                handled));
        add(known, new Ratio("rate.denial", "不予公开率", MetricGroup.RATES,
                (CellSum) known.get(groupId(RequestRow.Group.DENIED, ApplicantColumn.TOTAL)), handled));
        add(known, new Ratio("rate.unable", "无法提供率", MetricGroup.RATES,
                (CellSum) known.get(groupId(RequestRow.Group.UNABLE, ApplicantColumn.TOTAL)), handled));
        List<CellPath> corrected = new ArrayList<>();
        List<CellPath> decided = new ArrayList<>();
        for (ReviewRow row : ReviewRow.values()) {
            corrected.add(CellPath.review(row, ReviewOutcome.CORRECTED));
            DECIDED.forEach(outcome -> decided.add(CellPath.review(row, outcome)));
        }
        add(known, new Ratio("rate.correction", "纠错率", MetricGroup.RATES,
                CellSum.of("rate.correction.numerator", "复议和诉讼结果纠正", COUNT_UNIT, MetricKind.COUNT,
                        MetricGroup.REVIEWS, corrected),
                CellSum.of("rate.correction.denominator", "复议和诉讼审结（维持、纠正、其他）", COUNT_UNIT,
                        MetricKind.COUNT, MetricGroup.REVIEWS, decided)));
        return Map.copyOf(known);
    }

    private static void add(Map<String, Metric> known, Metric metric) {
        // a group of one row (予以公开) is that row's cell: the same id, defined once
        known.putIfAbsent(metric.id(), metric);
    }

    /** A single cell, named by its contract path. */
    private static CellSum cell(CellPath cell) {
        boolean amount = cell instanceof CellPath.Proactive proactive
                && proactive.field() == ProactiveField.AMOUNT_WAN_YUAN;
        return CellSum.of(cell.path(), label(cell), amount ? AMOUNT_UNIT : COUNT_UNIT,
                amount ? MetricKind.AMOUNT : MetricKind.COUNT, group(cell), List.of(cell));
    }

    /** The rows of one outcome group in one column, in every layout the templates print them. */
    private static CellSum groupSum(RequestRow.Group group, ApplicantColumn column) {
        List<List<CellPath>> layouts = new ArrayList<>();
        layouts.add(cells(splitRows(group), column));
        if (group == RequestRow.Group.OTHER) {
            layouts.add(cells(List.of(RequestRow.OTHER_UNSPLIT), column));
        }
        return new CellSum(groupId(group, column), groupName(group) + columnSuffix(column), COUNT_UNIT,
                MetricKind.COUNT, MetricGroup.OUTCOMES, layouts);
    }

    private static List<CellPath> cells(List<RequestRow> rows, ApplicantColumn column) {
        return rows.stream().map(row -> (CellPath) CellPath.request(row, column)).toList();
    }

    /** The outcome groups （一）…（六） in template order. */
    private static List<RequestRow.Group> outcomeGroups() {
        return Arrays.stream(RequestRow.values()).filter(RequestRow::isOutcome).map(RequestRow::group).distinct()
                .toList();
    }

    /** A group's rows as the 2021 template prints them (（六） split into three). */
    private static List<RequestRow> splitRows(RequestRow.Group group) {
        return Arrays.stream(RequestRow.values())
                .filter(row -> row.group() == group && row != RequestRow.OTHER_UNSPLIT).toList();
    }

    private static String groupId(RequestRow.Group group, ApplicantColumn column) {
        List<RequestRow> rows = splitRows(group);
        String name = rows.size() == 1 ? rows.getFirst().code() : group.name().toLowerCase(Locale.ROOT);
        return "requests." + name + "." + column.code();
    }

    private static String litigationId(ReviewOutcome outcome) {
        return "litigation." + outcome.code();
    }

    private static String requestPath(RequestRow row, ApplicantColumn column) {
        return CellPath.request(row, column).path();
    }

    private static MetricGroup group(CellPath cell) {
        return switch (cell) {
            case CellPath.Request request -> request.row().isOutcome() ? MetricGroup.OUTCOMES : MetricGroup.REQUESTS;
            case CellPath.Review ignored -> MetricGroup.REVIEWS;
            case CellPath.Proactive ignored -> MetricGroup.PROACTIVE;
        };
    }

    /** 本年新收申请数量（自然人）, 不予公开：属于国家秘密, 行政复议：结果纠正, 行政许可：本年处理决定数量. */
    static String label(CellPath cell) {
        return switch (cell) {
            case CellPath.Request request -> rowLabel(request.row()) + columnSuffix(request.column());
            case CellPath.Review review -> review.row().label() + "：" + review.outcome().label();
            case CellPath.Proactive proactive -> proactive.row().label() + "："
                    + proactive.field().label().replace("（万元）", "");
        };
    }

    private static String rowLabel(RequestRow row) {
        if (INTAKE_LABELS.containsKey(row)) {
            return INTAKE_LABELS.get(row);
        }
        String group = groupName(row.group());
        if (row == RequestRow.OTHER_UNSPLIT) {
            return group + "（一行合计）";
        }
        return splitRows(row.group()).size() == 1 ? group : group + "：" + withoutNumbering(row.label());
    }

    private static String groupName(RequestRow.Group group) {
        return withoutNumbering(group.label());
    }

    private static String columnSuffix(ApplicantColumn column) {
        return column == ApplicantColumn.TOTAL ? "" : "（" + column.label() + "）";
    }

    private static String withoutNumbering(String label) {
        return NUMBERING.matcher(label).replaceFirst("");
    }
}
