package cn.nianbao.backend.parser.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;

/**
 * The report's title: the reporting body as printed before the year, and the year in the title. The title is the
 * first short line naming a 政府信息公开…年度报告 with a year (web pages list other reports in their menus without
 * one); when the body is printed on the line above (a two-line title), that line is taken if it reads like a body's
 * name. Site names before a separator ({@code _}, {@code |}, {@code -}) on web pages are dropped.
 */
public final class TitleReader {

    /** The title is searched within this many lines (web pages put menus first). */
    private static final int SEARCH_LINES = 400;
    private static final int TITLE_MAX = 80;
    private static final Pattern REPORT = Pattern.compile("政府信息公开(工作)?(年度)?(报告|年报)|政务公开(工作)?年度报告");
    private static final Pattern YEAR_AT_END = Pattern.compile("(.*?)(\\d{4})年度?$");
    private static final Pattern YEAR_AT_START = Pattern.compile("(\\d{4})年度?(.+)");
    /** How the names of reporting bodies end. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "(政府|局|委员会|委|办公室|办公厅|办|办事处|街道|镇|乡|中心|厅|院|署|所|队|站|部|处|会|馆|社|区|县|市|公司|集团)$");
    private static final Pattern PROSE = Pattern.compile("[，。：:；;,!?！？#\\d]");
    private static final Pattern LEADING_AFFIX = Pattern.compile("^[#*《\"“]+");
    private static final Pattern TRAILING_AFFIX = Pattern.compile("(关于)?[《\"“*]*$");
    private static final Pattern SEPARATOR = Pattern.compile(".*(_|\\||丨|｜|——| - |>|»)");

    /** The body as printed (null when the title names none) and the year in the title (null when none). */
    public record Title(String agency, Integer year) {
        public static final Title NONE = new Title(null, null);
    }

    private TitleReader() {
    }

    /** The first title line that carries a year; without one (a blank template), the first title line at all. */
    public static Title read(List<Line> lines) {
        int limit = Math.min(lines.size(), SEARCH_LINES);
        Title first = null;
        for (int i = 0; i < limit; i++) {
            String squeezed = lines.get(i).squeezed();
            Matcher report = REPORT.matcher(squeezed);
            if (squeezed.length() > TITLE_MAX || !report.find()) {
                continue;
            }
            Title title = title(lines, i, squeezed.substring(0, report.start()));
            if (title.year() != null) {
                return title;
            }
            first = first == null ? title : first;
        }
        return first == null ? Title.NONE : first;
    }

    private static Title title(List<Line> lines, int index, String beforeReport) {
        // markdown and bold marks first (# 2024 年上海市…), so that a year printed before the body is found
        String before = trimAffixes(SEPARATOR.matcher(beforeReport).replaceFirst(""));
        Integer year = null;
        Matcher yearMatch = YEAR_AT_END.matcher(before);
        Matcher leadingYear = YEAR_AT_START.matcher(before);
        if (yearMatch.matches()) {
            year = Integer.parseInt(yearMatch.group(2));
            before = yearMatch.group(1);
        } else if (leadingYear.matches()) {
            year = Integer.parseInt(leadingYear.group(1));
            before = leadingYear.group(2);
        }
        before = trimAffixes(before);
        if (before.isEmpty()) {
            before = lineAbove(lines, index);
        }
        return new Title(before == null || before.isEmpty() ? null : before, year);
    }

    /** A two-line title: the body's name on the line above, if that line looks like a name and not like prose. */
    private static String lineAbove(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
            String above = lines.get(i).squeezed();
            if (above.isEmpty()) {
                continue;
            }
            boolean nameLike = above.length() <= 40 && !PROSE.matcher(above).find() && BODY_NAME.matcher(above).find();
            return nameLike ? trimAffixes(SEPARATOR.matcher(above).replaceFirst("")) : null;
        }
        return null;
    }

    private static String trimAffixes(String text) {
        return TRAILING_AFFIX.matcher(LEADING_AFFIX.matcher(text).replaceFirst("")).replaceFirst("").strip();
    }
}
