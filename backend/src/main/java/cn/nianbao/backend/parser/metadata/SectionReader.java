package cn.nianbao.backend.parser.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.parser.text.Line;

/**
 * The six parts 一…六 of a report: a heading is a short line numbered 一、/1、/1. whose words name that part
 * (一、本年新收… inside 表三 is numbered too, but names no part). A part's text runs to the next heading; the
 * signature at the end is not part of section 六. Prose lines wrapped mid-sentence (PDF) are joined without a break;
 * table rows keep theirs.
 */
public final class SectionReader {

    private static final int HEADING_MAX = 40;
    /** Laid-out PDF text pads words to their columns; in running text one space is enough. */
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final String NUMERALS = "一二三四五六";
    private static final List<List<String>> NAMES = List.of(
            List.of("总体情况", "概述", "基本情况"),
            List.of("主动公开"),
            List.of("收到和处理", "依申请"),
            List.of("行政复议", "行政诉讼"),
            List.of("存在的主要问题", "主要问题", "改进情况"),
            List.of("其他需要报告", "其他事项", "其他需要说明"));

    private SectionReader() {
    }

    /** @param end index of the first line after the report's body (the signature), or the number of lines */
    public static List<NarrativeSection> read(List<Line> lines, int end) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int from = 0;
        for (int number = 1; number <= 6; number++) {
            int found = find(lines, from, end, number);
            if (found >= 0) {
                starts.add(found);
                numbers.add(number);
                from = found + 1;
            }
        }
        List<NarrativeSection> sections = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int stop = i + 1 < starts.size() ? starts.get(i + 1) : end;
            sections.add(new NarrativeSection(numbers.get(i), lines.get(start).text().strip(), body(lines, start + 1, stop)));
        }
        return sections;
    }

    private static int find(List<Line> lines, int from, int end, int number) {
        for (int i = from; i < end; i++) {
            String compact = lines.get(i).compact();
            if (compact.length() > HEADING_MAX || compact.length() < 3) {
                continue;
            }
            char first = compact.charAt(0);
            boolean numbered = (first == NUMERALS.charAt(number - 1) && compact.charAt(1) == '、')
                    || (first == (char) ('0' + number) && (compact.charAt(1) == '.' || compact.charAt(1) == '、'));
            if (numbered && NAMES.get(number - 1).stream().anyMatch(compact::contains)) {
                return i;
            }
        }
        return -1;
    }

    private static String body(List<Line> lines, int start, int stop) {
        StringBuilder text = new StringBuilder();
        boolean previousIsProse = false;
        for (int i = start; i < stop; i++) {
            String line = SPACES.matcher(lines.get(i).text().strip()).replaceAll(" ");
            if (line.isEmpty() || lines.get(i).tokens().isEmpty()) {
                continue;
            }
            boolean prose = line.length() >= 20 && lines.get(i).tokens().stream().noneMatch(t -> t.kind().isValue());
            if (!text.isEmpty()) {
                char last = text.charAt(text.length() - 1);
                boolean wrapped = previousIsProse && prose && "。！？：；)）".indexOf(last) < 0;
                text.append(wrapped ? "" : "\n");
            }
            text.append(line);
            previousIsProse = prose;
        }
        return text.toString();
    }
}
