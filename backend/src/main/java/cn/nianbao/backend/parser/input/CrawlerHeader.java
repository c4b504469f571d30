package cn.nianbao.backend.parser.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;

/**
 * The header a site crawler writes above the text of a page it saved: {@code 标题:}, {@code 发布时间:},
 * {@code 文号:}, {@code 发布机构:}, {@code 栏目:}, {@code 原文链接:}, {@code 本地目录:} and notes, ended by a line such
 * as {@code ==== 正文 ====}. It describes the page, not the report: the title gives the report's agency and year
 * (read like any title), the publication time and the address go to the report's details, and the rest is dropped
 * but for the publishing body ({@code 发布机构}): it is often the site's column owner rather than the reporting body
 * (福建学生资助 over a 社会事业局's report), so it is only one more name for recognising the body, never the agency.
 */
record CrawlerHeader(String title, SourceText.WebPage page, String body) {

    /** A crawler header sits in the first lines. */
    private static final int HEADER_LINES = 16;
    /** A publishing body's name is no longer (the agency column holds 200). */
    private static final int MAX_PUBLISHER = 200;
    private static final Pattern FIELD = Pattern.compile("\\s*([^:：]{2,16}?)\\s*[:：]\\s*(.*)");
    private static final java.util.Set<String> FIELDS = java.util.Set.of("标题", "发布时间", "发布日期", "成文日期", "文号",
            "发文字号", "发布机构", "来源", "栏目", "原文链接", "原文地址", "页面地址", "本地目录", "索引号");
    private static final Pattern BODY_MARK = Pattern.compile("\\s*[=＝\\-—]{3,}\\s*正\\s*文\\s*[=＝\\-—]{3,}\\s*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    static CrawlerHeader read(String text) {
        String[] lines = text.split("\r\n|\r|\n", HEADER_LINES + 2);
        int fields = 0;
        int lastField = -1;
        int bodyStart = -1;
        String title = null;
        String published = null;
        String url = null;
        String publisher = null;
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES + 1); i++) {
            String line = lines[i];
            Matcher field = FIELD.matcher(line);
            if (BODY_MARK.matcher(line).matches()) {
                bodyStart = i + 1;
                break;
            }
            String name = field.matches() ? field.group(1).replaceAll("\\s+", "") : null;
            if (name != null && FIELDS.contains(name)) {
                fields++;
                lastField = i;
                String value = field.group(2).strip();
                switch (name) {
                    case "标题" -> title = value;
                    case "发布时间", "发布日期", "成文日期" -> published = published == null ? value : published;
                    case "原文链接", "原文地址", "页面地址" -> url = value;
                    case "发布机构" -> publisher = value.isEmpty() || value.length() > MAX_PUBLISHER ? null : value;
                    default -> { }
                }
            } else if (fields == 0 && !line.isBlank()) {
                return none(text); // the document starts with text of its own
            }
        }
        if (fields < 2 || title == null) {
            return none(text);
        }
        if (bodyStart < 0) {
            bodyStart = lastField + 1; // fields only, no marker: the body follows the last field
        }
        return new CrawlerHeader(title, new SourceText.WebPage(date(published).orElse(null), address(url), publisher),
                bodyAfter(text, bodyStart));
    }

    private static CrawlerHeader none(String text) {
        return new CrawlerHeader(null, SourceText.WebPage.NONE, text);
    }

    /** The lines of the body with the page's title first, as a page heading is read. */
    List<Line> withTitle(List<Line> bodyLines) {
        List<Line> lines = new ArrayList<>(bodyLines.size() + 1);
        lines.add(TextLines.line(title));
        lines.addAll(bodyLines);
        return lines;
    }

    private static String bodyAfter(String text, int line) {
        int at = 0;
        for (int i = 0; i < line && at >= 0; i++) {
            int newline = text.indexOf('\n', at);
            at = newline < 0 ? text.length() : newline + 1;
        }
        return text.substring(Math.min(at, text.length()));
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = DATE.matcher(value);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String address(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = URL.matcher(value);
        return matcher.find() && matcher.group().length() <= 2000 ? matcher.group() : null;
    }
}
