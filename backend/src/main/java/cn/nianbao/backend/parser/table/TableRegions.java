package cn.nianbao.backend.parser.table;

import java.util.List;
import java.util.function.Predicate;

import cn.nianbao.backend.parser.text.Line;

/**
 * Where the three standard tables are: each starts at its section heading (二、主动公开政府信息情况,
 * 三、收到和处理政府信息公开申请情况, 四、…行政复议、行政诉讼情况 — numbered 二/2/3、 or not at all) and ends at the
 * next table's heading or at section 五. A heading is a short line; the same words inside a paragraph (the
 * introduction often lists all six parts) are not a heading. Without a heading, the first table row's own label
 * marks the table. A null region means the table was not found.
 */
public record TableRegions(List<Line> proactive, List<Line> requests, List<Line> reviews) {

    /** A heading line is at most this long (compact characters), so paragraphs that mention it do not count. */
    private static final int HEADING_MAX = 32;

    public static TableRegions locate(List<Line> lines) {
        int proactive = find(lines, 0, heading("主动公开政府信息情况"));
        if (proactive < 0) {
            proactive = find(lines, 0, text -> text.startsWith("第二十条第(一)项") || text.startsWith("第二十条第(1)项"));
        }
        int requestsFrom = Math.max(proactive, 0);
        int requests = find(lines, requestsFrom, heading("收到和处理政府信息公开申请"));
        if (requests < 0) {
            requests = find(lines, requestsFrom, heading("依申请公开政府信息情况"));
        }
        if (requests < 0) {
            requests = find(lines, requestsFrom, text -> text.contains("申请人情况") || text.contains("本年新收"));
        }
        int reviewsFrom = Math.max(requests, requestsFrom);
        // 行政复议、行政诉讼 (also misprinted, 行政法复议), else a short line naming 行政复议 alone
        int reviews = find(lines, reviewsFrom, text -> text.length() <= HEADING_MAX
                && text.contains("复议") && text.contains("诉讼"));
        if (reviews < 0) {
            reviews = find(lines, reviewsFrom, heading("行政复议"));
        }
        int end = sectionFive(lines, Math.max(reviews, reviewsFrom));
        return new TableRegions(
                region(lines, proactive, firstAfter(proactive, requests, reviews, end)),
                region(lines, requests, firstAfter(requests, reviews, end)),
                region(lines, reviews, end));
    }

    private static Predicate<String> heading(String words) {
        return text -> text.length() <= HEADING_MAX && text.contains(words);
    }

    private static int sectionFive(List<Line> lines, int from) {
        int five = find(lines, from + 1, text -> text.length() <= HEADING_MAX
                && (text.contains("存在的主要问题") || text.contains("其他需要报告") || numberedFiveOrSix(text)
                && (text.contains("问题") || text.contains("其他"))));
        return five < 0 ? lines.size() : five;
    }

    private static boolean numberedFiveOrSix(String text) {
        return text.length() > 2 && "五六56".indexOf(text.charAt(0)) >= 0 && (text.charAt(1) == '、' || text.charAt(1) == '.');
    }

    private static int firstAfter(int start, int... candidates) {
        if (start < 0) {
            return -1;
        }
        int end = Integer.MAX_VALUE;
        for (int candidate : candidates) {
            if (candidate > start && candidate < end) {
                end = candidate;
            }
        }
        return end;
    }

    private static List<Line> region(List<Line> lines, int start, int end) {
        if (start < 0) {
            return null;
        }
        return lines.subList(start, Math.min(end, lines.size()));
    }

    private static int find(List<Line> lines, int from, Predicate<String> test) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (test.test(lines.get(i).compact())) {
                return i;
            }
        }
        return -1;
    }
}
