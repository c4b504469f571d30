package cn.nianbao.backend.quality.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;

/**
 * The narrative of a report: sections 一 (总体情况), 五 (存在的主要问题及改进情况) and 六 (其他需要报告的事项). Sections
 * 二 to 四 are the tables. A report stored without any section (entered as table data) has no known narrative, and
 * the rules on the text say nothing about it.
 */
final class Narrative {

    /** The sections that are prose, not tables. */
    static final List<Integer> PROSE = List.of(1, 5, 6);
    static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};
    static final String[] HEADINGS = {"", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};

    private Narrative() {
    }

    /** Whether the report's narrative is known at all. */
    static boolean known(AnnualReport report) {
        return !report.details().sections().isEmpty();
    }

    static Optional<NarrativeSection> section(AnnualReport report, int number) {
        return report.details().sections().stream().filter(s -> s.number() == number).findFirst();
    }

    /** The prose sections present, in order. */
    static List<NarrativeSection> prose(AnnualReport report) {
        return report.details().sections().stream().filter(s -> PROSE.contains(s.number())).toList();
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。.；;！!]+$");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t\\p{Z}]*[\\r\\n]+[ \\t\\p{Z}]*");

    /** Text without whitespace and trailing punctuation: "无。" and " 无 " are both "无". */
    static String bare(String text) {
        return text == null ? "" : TRAILING_STOPS.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("");
    }

    /** A passage of text cut to {@code max} characters, with … when it was longer. */
    static String shorten(String text, int max) {
        // a line break inside Chinese text is where the PDF's line ended, not a space
        String flat = SPACES.matcher(LINE_BREAK.matcher(text).replaceAll("")).replaceAll(" ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
