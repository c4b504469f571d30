package cn.nianbao.backend.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.RequestRow;

/**
 * A report as PDF-to-markdown converters (and OCR tools that write markdown) print it, with the defects they are
 * known for: merged cells printed once and left empty elsewhere, blank cells as empty cells or dashes, a table split
 * into one pipe table per row group under generic headers ({@code 数据1 … 数据6 | 总计}), placeholder tables full of
 * {@code -} where a table was an image, a header row with fewer cells than its rows, row labels detached from their
 * value rows, a title with the year first and a space before 年.
 */
public final class ConverterMarkdown {

    /**
     * Which defects a rendering has.
     *
     * @param dropEmpty      the converter drops empty cells, so a row with a blank is shorter than the others
     * @param labelAbove     表三's labels in a row of their own, each above its values
     * @param trailingColumn every row ends with an extra empty cell
     * @param lostRow        (with detached labels) one value row of 表三 went missing
     */
    public record Damage(boolean emptyMergedCells, String blank, boolean groupTables, boolean placeholders,
                         boolean shortHeader, boolean detachedLabels, boolean yearFirstTitle, boolean dropEmpty,
                         boolean labelAbove, boolean trailingColumn, boolean lostRow) {

        public static final Damage NONE = new Damage(false, "", false, false, false, false, false, false, false, false,
                false);

        public Damage with(String what) {
            return new Damage(emptyMergedCells || what.equals("merged"), what.equals("dash") ? "-" : blank,
                    groupTables || what.equals("groups"), placeholders || what.equals("placeholders"),
                    shortHeader || what.equals("shortHeader"), detachedLabels || what.equals("detached"),
                    yearFirstTitle || what.equals("yearFirst"), dropEmpty || what.equals("dropEmpty"),
                    labelAbove || what.equals("labelAbove"), trailingColumn || what.equals("trailingColumn"),
                    lostRow || what.equals("lostRow"));
        }
    }

    private ConverterMarkdown() {
    }

    public static String document(AnnualReport report, Damage damage) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(damage.yearFirstTitle()
                ? report.year() + " 年" + report.agency() + "政府信息公开工作年度报告"
                : report.agency() + report.year() + "年政府信息公开工作年度报告").append("\n\n");
        md.append("本报告所列数据的统计期限自").append(report.year()).append("年1月1日起至").append(report.year())
                .append("年12月31日止。\n\n## 一、总体情况\n\n本年度政府信息公开工作稳步推进。\n\n");
        if (report.proactive() != null) {
            md.append("## 二、主动公开政府信息情况\n\n");
            placeholder(md, damage, 4);
            md.append(table(Renderings.proactiveTable(report.proactive()), damage, false)).append('\n');
        }
        md.append("## 三、收到和处理政府信息公开申请情况\n\n");
        placeholder(md, damage, 7);
        if (damage.detachedLabels()) {
            md.append(detached(report.requests(), damage));
        } else if (damage.groupTables()) {
            md.append(groupTables(report.requests(), damage));
        } else {
            md.append(table(Renderings.requestsTable(report.requests(), null), damage, damage.shortHeader()));
        }
        md.append("\n## 四、政府信息公开行政复议、行政诉讼情况\n\n")
                .append(table(Renderings.reviewsTable(report.reviews()), damage, false))
                .append("\n## 五、存在的主要问题及改进情况\n\n政策解读形式仍较单一。\n\n## 六、其他需要报告的事项\n\n无。\n\n")
                .append(report.agency()).append("\n\n").append(report.year() + 1).append("年1月20日\n");
        return md.toString();
    }

    private static void placeholder(StringBuilder md, Damage damage, int columns) {
        if (damage.placeholders()) {
            for (int r = 0; r < 3; r++) {
                md.append("|").append(" - |".repeat(columns)).append('\n');
                if (r == 0) {
                    md.append("|").append(" --- |".repeat(columns)).append('\n');
                }
            }
            md.append('\n');
        }
    }

    /** A table with its merged layout: the first grid row is the markdown header. */
    static String table(TableSpec spec, Damage damage, boolean shortHeader) {
        List<List<TableSpec.Slot>> grid = spec.grid();
        StringBuilder md = new StringBuilder();
        boolean header = true;
        for (List<TableSpec.Slot> slots : grid) {
            List<String> cells = new ArrayList<>();
            boolean values = false;
            for (TableSpec.Slot slot : slots) {
                String text = slot.cell().text();
                boolean value = text.isEmpty() || text.chars().allMatch(c -> Character.isDigit(c) || c == '.');
                values |= value && !text.isEmpty();
                if (!slot.origin()) {
                    cells.add(damage.emptyMergedCells() || value ? "" : text);
                } else {
                    cells.add(value && text.isEmpty() ? damage.blank() : text);
                }
            }
            if (shortHeader && !values && slots.stream().noneMatch(s -> s.cell().text().contains("本年新收"))) {
                // the converter merged the header into one row of distinct texts, fewer cells than the rows below
                cells = cells.stream().filter(c -> !c.isEmpty()).distinct().toList();
            }
            if (damage.dropEmpty() && values) {
                cells = cells.stream().filter(c -> !c.isEmpty()).toList();
            }
            boolean labelled = cells.size() > 7 && cells.subList(0, cells.size() - 7).stream()
                    .anyMatch(c -> !c.isEmpty() && !c.chars().allMatch(Character::isDigit));
            if (damage.labelAbove() && values && labelled) {
                List<String> labels = new ArrayList<>(cells.subList(0, cells.size() - 7));
                row(md, labels, damage);
                List<String> valueCells = new ArrayList<>();
                labels.forEach(label -> valueCells.add(""));
                valueCells.addAll(cells.subList(cells.size() - 7, cells.size()));
                cells = valueCells;
            }
            row(md, cells, damage);
            if (header) {
                md.append("|").append(" --- |".repeat(cells.size())).append('\n');
                header = false;
            }
        }
        return md.toString();
    }

    /** 表三 as one table per row group, each under a generic header. */
    private static String groupTables(Map<RequestRow, ApplicantCounts> requests, Damage damage) {
        StringBuilder md = new StringBuilder();
        RequestRow.Group group = null;
        for (RequestRow row : requests.keySet()) {
            if (row.group() != group) {
                if (group != null) {
                    md.append('\n');
                }
                group = row.group();
                row(md, List.of("项目", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计"));
                md.append("|").append(" --- |".repeat(8)).append('\n');
            }
            List<String> cells = new ArrayList<>();
            boolean firstOfGroup = row.group().label() != null && !row.label().startsWith(row.group().label())
                    && row.label().matches("^1\\..*");
            cells.add(firstOfGroup ? row.group().label() + " " + row.label() : row.label());
            addValues(cells, requests.get(row), damage);
            row(md, cells);
        }
        return md.toString();
    }

    /** 表三's labels as a table of their own, then its values without labels. */
    private static String detached(Map<RequestRow, ApplicantCounts> requests, Damage damage) {
        StringBuilder md = new StringBuilder();
        row(md, List.of("项目"));
        md.append("| --- |\n");
        for (RequestRow row : requests.keySet()) {
            row(md, List.of(row.label()));
        }
        md.append('\n');
        row(md, List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        md.append("|").append(" --- |".repeat(7)).append('\n');
        for (RequestRow row : requests.keySet()) {
            if (damage.lostRow() && row == RequestRow.DENIED_INTERNAL_AFFAIRS) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            addValues(cells, requests.get(row), damage);
            row(md, cells);
        }
        return md.toString();
    }

    private static void addValues(List<String> cells, ApplicantCounts counts, Damage damage) {
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Integer value = counts.get(column);
            cells.add(value == null ? damage.blank() : value.toString());
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        row(md, cells, Damage.NONE);
    }

    private static void row(StringBuilder md, List<String> cells, Damage damage) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append(damage.trailingColumn() ? "  |\n" : "\n");
    }
}
