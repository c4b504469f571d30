package cn.nianbao.backend.parser.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives structure back to a report flattened into one line, as site crawlers and "save as text" produce it: the
 * whole body, headings, tables and signature, in a single paragraph, every table row's cells glued into a run of
 * digits right after its label ({@code …申请数量 2000002二、上年结转…}).
 *
 * <p>A long line is cut before and after each numbered part heading (一、总体情况 … 六、其他需要报告的事项). Inside
 * the parts that hold the tables (二, 三, 四), or in a long line that is a table by itself, it is also cut after each
 * run of digits that ends a row — so each row becomes its label and its digits, which the table readers cut into
 * cells. A digit glued to the next row's list marker ({@code 00000002.其他法律…}) is that marker. Prose parts stay
 * whole. The signature — the body's name and a date after the last sentence — becomes a line of its own.
 */
final class OneLineBody {

    /** Shorter lines are left alone: a report flattened into one line is thousands of characters long. */
    private static final int MIN_LENGTH = 200;
    /** A numbered part heading: the number, then its name within a few words, up to 情况/事项. */
    private static final Pattern PART_HEADING =
            Pattern.compile("([一二三四五六])\\s*、([^。，；0-9０-９]{0,40}?(?:情\\s*况|事\\s*项))");
    private static final List<List<String>> PART_NAMES = List.of(
            List.of("总体情况", "概述", "基本情况"),
            List.of("主动公开"),
            List.of("收到和处理", "依申请"),
            List.of("复议", "诉讼"),
            List.of("问题", "改进"),
            List.of("其他"));
    /** Row labels of the tables: a long line naming several is a table of its own. */
    private static final List<String> TABLE_WORDS = List.of("本年新收", "上年结转", "予以公开", "部分公开", "不予公开",
            "无法提供", "不予处理", "结转下年度", "行政许可", "行政处罚", "规范性文件", "结果维持");
    /** Characters after digits that belong to a label, not to a row's values: 第(1)项, 2024年, 100%. */
    private static final String LABEL_AFTER_DIGITS = ")）]】项条款年月日号%％:：/-—～~";
    private static final Pattern SIGNATURE =
            Pattern.compile("[^。！？]{2,40}?\\s*(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\\s*年.{1,16}日\\s*$");

    private OneLineBody() {
    }

    /** The line as one or more lines; most lines come back unchanged. */
    static List<String> split(String line) {
        if (line.length() < MIN_LENGTH) {
            return List.of(line);
        }
        List<int[]> headings = headings(line);
        if (headings.isEmpty()) {
            return tableWords(line) >= 3 ? rows(line) : List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        int at = 0;
        int part = 0;
        for (int[] heading : headings) {
            addPiece(pieces, line.substring(at, heading[0]), part);
            pieces.add(line.substring(heading[0], heading[1]).strip());
            at = heading[1];
            part = heading[2];
        }
        addPiece(pieces, line.substring(at), part);
        signature(pieces);
        return pieces.stream().filter(p -> !p.isBlank()).toList();
    }

    /** Text lines of a whole text, long lines split. */
    static String splitAll(String text) {
        if (text.length() < MIN_LENGTH) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 256);
        for (String line : text.split("\r\n|\r|\n", -1)) {
            List<String> pieces = split(line);
            for (int i = 0; i < pieces.size(); i++) {
                out.append(pieces.get(i)).append('\n');
            }
        }
        return out.toString();
    }

    private static void addPiece(List<String> pieces, String piece, int part) {
        if (part >= 2 && part <= 4) {
            pieces.addAll(rows(piece));
        } else {
            pieces.add(piece.strip());
        }
    }

    /** Headings as {start, end, part number}, in order, each part once. */
    private static List<int[]> headings(String line) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = PART_HEADING.matcher(line);
        int next = 1;
        while (matcher.find()) {
            int part = "一二三四五六".indexOf(matcher.group(1).charAt(0)) + 1;
            String name = matcher.group(2).replaceAll("\\s+", "");
            if (part >= next && name.length() <= 30 && PART_NAMES.get(part - 1).stream().anyMatch(name::contains)) {
                found.add(new int[] {matcher.start(), matcher.end(), part});
                next = part + 1;
            }
        }
        return found.size() >= 2 ? found : List.of();
    }

    private static long tableWords(String line) {
        return TABLE_WORDS.stream().filter(line::contains).count();
    }

    /** A table part cut after every run of digits that ends a row. */
    static List<String> rows(String piece) {
        List<String> rows = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < piece.length()) {
            if (!isDigit(piece.charAt(i)) || i > 0 && (isDigit(piece.charAt(i - 1)) || piece.charAt(i - 1) == '.')) {
                i++;
                continue;
            }
            int end = i;
            while (end < piece.length() && isDigit(piece.charAt(end))) {
                end++;
            }
            if (end + 1 < piece.length() && piece.charAt(end) == '.' && isDigit(piece.charAt(end + 1))) {
                end++; // a decimal (a fee in 万元)
                while (end < piece.length() && isDigit(piece.charAt(end))) {
                    end++;
                }
            } else if (end < piece.length() && isListMark(piece, end)) {
                // the run ends with the next row's list marker (…00000002.其他法律…): cut before the marker
                int marker = end - 1;
                if (marker > i && marker > start) {
                    rows.add(piece.substring(start, marker).strip());
                    start = marker;
                }
                i = end;
                continue;
            }
            if (end < piece.length() && LABEL_AFTER_DIGITS.indexOf(piece.charAt(end)) >= 0) {
                i = end;
                continue;
            }
            if (end < piece.length()) {
                rows.add(piece.substring(start, end).strip());
                start = end;
            }
            i = end;
        }
        rows.add(piece.substring(start).strip());
        return rows;
    }

    /** {@code .} or {@code 、} after a digit and before a non-digit: a list marker (1.属于国家秘密). */
    private static boolean isListMark(String piece, int at) {
        char c = piece.charAt(at);
        return (c == '.' || c == '、' || c == '．') && at + 1 < piece.length() && !isDigit(piece.charAt(at + 1));
    }

    /** The body's name and the date after the last sentence of the last part. */
    private static void signature(List<String> pieces) {
        if (pieces.isEmpty()) {
            return;
        }
        String last = pieces.getLast();
        int sentenceEnd = Math.max(last.lastIndexOf('。'), Math.max(last.lastIndexOf('！'), last.lastIndexOf('？')));
        if (sentenceEnd < 0 || sentenceEnd == last.length() - 1) {
            return;
        }
        String tail = last.substring(sentenceEnd + 1);
        if (SIGNATURE.matcher(tail).matches()) {
            pieces.set(pieces.size() - 1, last.substring(0, sentenceEnd + 1));
            pieces.add(tail.strip());
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
