package cn.nianbao.backend.parser;

import static cn.nianbao.backend.parser.TableSpec.cell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a report's values (taken from a fixture's expectation) into the other forms the parser reads: an HTML page
 * with site menus and attachment links, a DOCX with merged cells, markdown pipe tables, and text in the shape of
 * {@code pdftotext -layout}. The renderings print exactly the given values (null as an empty cell), so parsing them
 * must give the values back.
 */
public final class Renderings {

    private Renderings() {
    }

    /** A 2021-format report whose every cell is printed empty, like the blank template. */
    public static AnnualReport blankReport(String agency, int year, java.time.LocalDate signedOn) {
        Map<ProactiveRow, ProactiveCells> proactive = new java.util.EnumMap<>(ProactiveRow.class);
        for (ProactiveRow row : ProactiveRow.values()) {
            proactive.put(row, new ProactiveCells(null, null, null, null, null));
        }
        Map<RequestRow, ApplicantCounts> requests = new java.util.EnumMap<>(RequestRow.class);
        for (RequestRow row : RequestRow.values()) {
            if (row != RequestRow.OTHER_UNSPLIT) {
                requests.put(row, ApplicantCounts.BLANK);
            }
        }
        Map<ReviewRow, OutcomeCounts> reviews = new java.util.EnumMap<>(ReviewRow.class);
        for (ReviewRow row : ReviewRow.values()) {
            reviews.put(row, OutcomeCounts.BLANK);
        }
        return new AnnualReport(cn.nianbao.backend.contract.ReportFormat.F2021, agency, year, signedOn, proactive,
                requests, reviews, null);
    }

    // ---- the three tables as merged layouts, like the national template ----

    public static TableSpec proactiveTable(Map<ProactiveRow, ProactiveCells> proactive) {
        List<List<TableSpec.Cell>> rows = new ArrayList<>();
        rows.add(List.of(cell("第二十条第（一）项", 1, 4)));
        rows.add(List.of(cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数")));
        for (ProactiveRow row : List.of(ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS)) {
            ProactiveCells cells = proactive.get(row);
            if (cells == null) {
                continue; // a table that leaves the row out
            }
            rows.add(List.of(cell(row.label()), cell(text(cells.issued())), cell(text(cells.repealed())),
                    cell(text(cells.inForce()))));
        }
        rows.add(List.of(cell("第二十条第（五）项", 1, 4)));
        rows.add(List.of(cell("信息内容"), cell("本年处理决定数量", 1, 3)));
        rows.add(List.of(cell("行政许可"), cell(text(proactive.get(ProactiveRow.LICENSING).decisions()), 1, 3)));
        rows.add(List.of(cell("第二十条第（六）项", 1, 4)));
        rows.add(List.of(cell("信息内容"), cell("本年处理决定数量", 1, 3)));
        rows.add(List.of(cell("行政处罚"), cell(text(proactive.get(ProactiveRow.PUNISHMENT).decisions()), 1, 3)));
        rows.add(List.of(cell("行政强制"), cell(text(proactive.get(ProactiveRow.ENFORCEMENT).decisions()), 1, 3)));
        rows.add(List.of(cell("第二十条第（八）项", 1, 4)));
        rows.add(List.of(cell("信息内容"), cell("本年收费金额（单位：万元）", 1, 3)));
        rows.add(List.of(cell("行政事业性收费"), cell(text(proactive.get(ProactiveRow.FEES).amountWanYuan()), 1, 3)));
        return new TableSpec(rows);
    }

    /** 表三 with its merged headings; {@code repeatHeaderBefore} repeats the column header before that row (a page break). */
    public static TableSpec requestsTable(Map<RequestRow, ApplicantCounts> requests, RequestRow repeatHeaderBefore) {
        List<List<TableSpec.Cell>> rows = new ArrayList<>(requestsHeader());
        int outcomeRows = (int) requests.keySet().stream().filter(RequestRow::isOutcome).count() + 1;
        for (RequestRow row : requests.keySet()) {
            if (row == repeatHeaderBefore) {
                rows.addAll(requestsHeader());
            }
            List<TableSpec.Cell> cells = new ArrayList<>();
            switch (row) {
                case NEW_RECEIVED, CARRIED_OVER, CARRIED_FORWARD -> cells.add(cell(row.label(), 1, 3));
                case GRANTED -> {
                    cells.add(cell("三、本年度办理结果", outcomeRows, 1));
                    cells.add(cell(row.label(), 1, 2));
                }
                case PARTIALLY_GRANTED, TOTAL_PROCESSED, OTHER_UNSPLIT -> cells.add(cell(row.label(), 1, 2));
                default -> {
                    if (isFirstOfGroup(row)) {
                        long size = requests.keySet().stream().filter(r -> r.group() == row.group()).count();
                        cells.add(cell(row.group().label(), (int) size, 1));
                    }
                    cells.add(cell(row.label()));
                }
            }
            ApplicantCounts counts = requests.get(row);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cells.add(cell(text(counts.get(column))));
            }
            rows.add(cells);
        }
        return new TableSpec(rows);
    }

    private static List<List<TableSpec.Cell>> requestsHeader() {
        return List.of(
                List.of(cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), cell("申请人情况", 1, 7)),
                List.of(cell("自然人", 2, 1), cell("法人或其他组织", 1, 5), cell("总计", 2, 1)),
                List.of(cell("商业企业"), cell("科研机构"), cell("社会公益组织"), cell("法律服务机构"), cell("其他")));
    }

    private static boolean isFirstOfGroup(RequestRow row) {
        return row == RequestRow.DENIED_STATE_SECRET || row == RequestRow.UNABLE_NOT_HELD
                || row == RequestRow.NOT_PROCESSED_COMPLAINT || row == RequestRow.OTHER_NO_CORRECTION;
    }

    public static TableSpec reviewsTable(Map<ReviewRow, OutcomeCounts> reviews) {
        List<TableSpec.Cell> outcomes = new ArrayList<>();
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            outcomes.add(cell(outcome.label()));
        }
        List<TableSpec.Cell> header2 = new ArrayList<>();
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            header2.add(cell(outcome.label(), 2, 1));
        }
        header2.add(cell("未经复议直接起诉", 1, 5));
        header2.add(cell("复议后起诉", 1, 5));
        List<TableSpec.Cell> header3 = new ArrayList<>(outcomes);
        header3.addAll(outcomes);
        List<TableSpec.Cell> values = new ArrayList<>();
        for (ReviewRow row : ReviewRow.values()) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                values.add(cell(text(reviews.get(row).get(outcome))));
            }
        }
        return new TableSpec(List.of(List.of(cell("行政复议", 1, 5), cell("行政诉讼", 1, 10)), header2, header3, values));
    }

    // ---- HTML ----

    public static String html(AnnualReport report, Function<String, String> tweakTables) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(title(report))
                .append("_政府信息公开_示例市人民政府</title><script>var menu = ['首页', '2022年政府信息公开工作年度报告'];</script>")
                .append("<style>td{border:1px solid}</style></head><body>")
                .append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/xxgk\">政府信息公开</a></li>")
                .append("<li><a href=\"/ndbg\">政府信息公开年报</a></li><li><a href=\"/hd\">互动交流</a></li></ul></div>")
                .append("<div class=\"meta\"><span>索引号：000014349/2024-00012</span><span>发布日期：2024-01-25</span>")
                .append("<span>来源：示例市人民政府办公室</span><span>浏览次数：1024</span></div>")
                .append("<h1>").append(title(report)).append("</h1>")
                .append("<p>本报告所列数据的统计期限自").append(report.year()).append("年1月1日起至").append(report.year())
                .append("年12月31日止。如对本报告有疑问，请与示例市人民政府办公室联系（地址：示例市人民路1号，邮编：100000，电话：010-12345678）。</p>")
                .append("<p><strong>一、总体情况</strong></p><p>本年度政府信息公开工作稳步推进。</p>")
                .append("<p><strong>二、主动公开政府信息情况</strong></p>");
        StringBuilder tables = new StringBuilder();
        if (report.proactive() != null) {
            tables.append(htmlTable(proactiveTable(report.proactive())));
        }
        tables.append("<p><strong>三、收到和处理政府信息公开申请情况</strong></p>")
                .append(htmlTable(requestsTable(report.requests(), null)))
                .append("<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>")
                .append(htmlTable(reviewsTable(report.reviews())));
        page.append(tweakTables.apply(tables.toString()))
                .append("<p><strong>五、存在的主要问题及改进情况</strong></p><p>政策解读形式仍较单一。</p>")
                .append("<p><strong>六、其他需要报告的事项</strong></p><p>无。</p>")
                .append("<p style=\"text-align:right\">").append(report.agency()).append("</p>")
                .append("<p style=\"text-align:right\">").append(report.year() + 1).append("年1月20日</p>")
                .append("<div class=\"attachments\"><p>附件下载：</p><ul><li><a href=\"/files/1.pdf\">")
                .append(report.year()).append("年政府信息公开工作年度报告.pdf</a></li></ul></div>")
                .append("<div class=\"footer\">主办单位：示例市人民政府办公室 网站标识码：1234567890 ICP备案号：京ICP备12345678号</div>")
                .append("</body></html>");
        return page.toString();
    }

    public static String htmlTable(TableSpec spec) {
        StringBuilder html = new StringBuilder("<table border=\"1\"><tbody>");
        for (List<TableSpec.Cell> row : spec.rows()) {
            html.append("<tr>");
            for (TableSpec.Cell cell : row) {
                html.append("<td");
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    html.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                html.append("><p>").append(cell.text()).append("</p></td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    public static String title(AnnualReport report) {
        return report.agency() + report.year() + "年政府信息公开工作年度报告";
    }

    // ---- DOCX ----

    public static byte[] docx(AnnualReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(report.agency());
            document.createParagraph().createRun().setText(report.year() + "年政府信息公开工作年度报告");
            document.createParagraph().createRun().setText("本报告中所列数据的统计期限自" + report.year() + "年1月1日起至"
                    + report.year() + "年12月31日止。");
            document.createParagraph().createRun().setText("一、总体情况");
            document.createParagraph().createRun().setText("本年度工作稳步推进。");
            document.createParagraph().createRun().setText("二、主动公开政府信息情况");
            docxTable(document, proactiveTable(report.proactive()));
            document.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            docxTable(document, requestsTable(report.requests(), null));
            document.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            docxTable(document, reviewsTable(report.reviews()));
            document.createParagraph().createRun().setText("五、存在的主要问题及改进情况");
            document.createParagraph().createRun().setText("六、其他需要报告的事项");
            document.createParagraph().createRun().setText(report.agency());
            document.createParagraph().createRun().setText((report.year() + 1) + "年1月15日");
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void docxTable(XWPFDocument document, TableSpec spec) {
        XWPFTable table = document.createTable();
        List<List<TableSpec.Slot>> grid = spec.grid();
        boolean first = true;
        for (List<TableSpec.Slot> slots : grid) {
            XWPFTableRow row = first ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 0 && !first) {
                row.removeCell(0);
            }
            int index = 0;
            for (TableSpec.Slot slot : slots) {
                if (!slot.origin() && !slot.verticalContinuation()) {
                    continue; // covered by a horizontal merge
                }
                XWPFTableCell cell = first && index == 0 ? row.getCell(0) : row.addNewTableCell();
                index++;
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (slot.cell().colSpan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(slot.cell().colSpan()));
                }
                if (slot.cell().rowSpan() > 1) {
                    properties.addNewVMerge().setVal(slot.origin() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (slot.origin()) {
                    cell.setText(slot.cell().text());
                }
            }
            first = false;
        }
    }

    // ---- markdown ----

    public static String markdownTable(TableSpec spec) {
        StringBuilder md = new StringBuilder();
        boolean header = true;
        for (List<TableSpec.Slot> slots : spec.grid()) {
            md.append('|');
            for (TableSpec.Slot slot : slots) {
                boolean labelCopy = !slot.origin() && !isValue(slot.cell().text());
                String text = slot.origin() || labelCopy ? slot.cell().text() : "";
                md.append("  ").append(text).append("   |");
            }
            md.append('\n');
            if (header) {
                md.append("|").append(" --- |".repeat(slots.size())).append('\n');
                header = false;
            }
        }
        return md.toString();
    }

    private static boolean isValue(String text) {
        return text.isEmpty() || text.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    // ---- text in the shape of pdftotext -layout ----

    /** How the layout text prints labels, numbers and blanks. */
    public record TextStyle(Function<String, String> label, Function<String, String> number, String blank,
                            boolean aligned) {
        public static final TextStyle PLAIN = new TextStyle(Function.identity(), Function.identity(), "/", false);
        /** Like pdftotext -layout: labels padded to one width, numbers right-aligned in columns, blanks print nothing. */
        public static final TextStyle ALIGNED = new TextStyle(Function.identity(), Function.identity(), "", true);
    }

    public static String layoutText(AnnualReport report, TextStyle style) {
        StringBuilder text = new StringBuilder();
        text.append("        ").append(report.agency()).append('\n')
                .append("   ").append(report.year()).append(" 年政府信息公开工作年度报告\n\n")
                .append("   本报告所列数据统计期限自 ").append(report.year()).append(" 年 1 月 1 日起至 ")
                .append(report.year()).append(" 年 12 月 31 日止。\n")
                .append("   一、总体情况\n   本年度政府信息公开工作稳步推进。\n");
        text.append(proactiveText(report.proactive(), style));
        text.append(requestsText(report.requests(), style, false));
        text.append(reviewsText(report.reviews(), style));
        text.append("   五、存在的主要问题及改进情况\n   政策解读形式仍较单一。\n   六、其他需要报告的事项\n   无。\n\n")
                .append("                    ").append(report.agency()).append('\n')
                .append("                    ").append(report.year() + 1).append("年1月20日\n");
        return text.toString();
    }

    public static String proactiveText(Map<ProactiveRow, ProactiveCells> proactive, TextStyle style) {
        StringBuilder text = new StringBuilder("   二、主动公开政府信息情况\n          第二十条第（一）项\n\n")
                .append("   信息内容   本年制发件数    本年废止件数    现行有效件数\n\n");
        for (ProactiveRow row : List.of(ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS)) {
            ProactiveCells cells = proactive.get(row);
            text.append(line(style.label().apply(row.label()), style, cells.issued(), cells.repealed(), cells.inForce()));
        }
        text.append("          第二十条第（五）项\n   信息内容            本年处理决定数量\n")
                .append(line(style.label().apply("行政许可"), style, proactive.get(ProactiveRow.LICENSING).decisions()))
                .append("          第二十条第（六）项\n\n     -2-\n   信息内容            本年处理决定数量\n")
                .append(line(style.label().apply("行政处罚"), style, proactive.get(ProactiveRow.PUNISHMENT).decisions()))
                .append(line(style.label().apply("行政强制"), style, proactive.get(ProactiveRow.ENFORCEMENT).decisions()))
                .append("          第二十条第（八）项\n   信息内容            本年收费金额（单位：万元）\n")
                .append(line(style.label().apply("行政事业性收费"), style, proactive.get(ProactiveRow.FEES).amountWanYuan()));
        return text.toString();
    }

    public static String requestsText(Map<RequestRow, ApplicantCounts> requests, TextStyle style, boolean repeatHeader) {
        String header = "                                      申请人情况\n"
                + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）   法人或其他组织\n"
                + "                         自然人   商业企业 科研机构 社会公益组织 法律服务机构 其他   总计\n";
        StringBuilder text = new StringBuilder("   三、收到和处理政府信息公开申请情况\n").append(header);
        for (RequestRow row : requests.keySet()) {
            if (repeatHeader && row == RequestRow.UNABLE_NOT_HELD) {
                text.append("\n                    -3-\n").append(header);
            }
            if (row == RequestRow.GRANTED) {
                text.append(" 三、本年度办理结果\n");
            }
            if (row.group().label() != null && row.label() != null && row.label().matches("^[1１].*")) {
                text.append("        ").append(style.label().apply(row.group().label())).append('\n');
            }
            ApplicantCounts counts = requests.get(row);
            Object[] cells = new Object[ApplicantColumn.values().length];
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cells[column.ordinal()] = counts.get(column);
            }
            text.append(line("      " + style.label().apply(row.label()), style, cells));
        }
        return text.toString();
    }

    public static String reviewsText(Map<ReviewRow, OutcomeCounts> reviews, TextStyle style) {
        StringBuilder text = new StringBuilder("   四、政府信息公开行政复议、行政诉讼情况\n")
                .append("          行政复议                              行政诉讼\n")
                .append("                              未经复议直接起诉                  复议后起诉\n")
                .append("结果   结果     其他   尚未      总计  结果 结果 其他 尚未 总计  结果 结果 其他 尚未 总计\n")
                .append("维持   纠正     结果   审结            维持 纠正 结果 审结       维持 纠正 结果 审结\n\n");
        List<Object> cells = new ArrayList<>();
        for (ReviewRow row : ReviewRow.values()) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                cells.add(reviews.get(row).get(outcome));
            }
        }
        return text.append(line("", style, cells.toArray())).toString();
    }

    private static String line(String label, TextStyle style, Object... cells) {
        StringBuilder line = new StringBuilder(label);
        if (style.aligned()) {
            line.append(" ".repeat(Math.max(1, 60 - label.length())));
        }
        for (Object cell : cells) {
            String value = cell == null ? style.blank() : style.number().apply(text(cell));
            line.append(style.aligned() ? " ".repeat(8 - value.length()) : "     ").append(value);
        }
        return line.append('\n').toString();
    }

    // ---- text ----

    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
