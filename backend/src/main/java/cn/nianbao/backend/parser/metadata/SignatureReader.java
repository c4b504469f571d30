package cn.nianbao.backend.parser.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;

/**
 * The signature (落款): the date printed under it — a line holding nothing but a date (or the body's name and a date),
 * found after the heading of part 六 or among the last lines of the report — and the body's name, on the date's line
 * or on its own line just above it. Page numbers and empty lines are skipped; a date inside a sentence is not a
 * signature, but a date after the last sentence of a line is (a right-aligned signature in the same paragraph).
 */
public final class SignatureReader {

    /** How many non-empty lines from the end are searched. */
    private static final int TAIL_LINES = 8;
    /** How many lines after the heading of part 六 may hold its text and the signature. */
    private static final int AFTER_PART_SIX = 40;
    private static final Pattern NAME_THEN_DATE =
            Pattern.compile("([^，。；：,;:\\d]{2,30}(?:政府|局|委员会|办公室|办事处|镇|乡|街道|中心|厅|院|委|办))(.+日[。.]?)");
    /** A line that is a body's name and nothing else: no sentence, a word that ends names of bodies. */
    private static final Pattern NAME_ALONE =
            Pattern.compile("[^，。；：,;:、！？!?()（）]{2,38}(?:政府|局|委员会|管委会|办公室|办事处|镇|乡|街道|中心|厅|院|委|办|署|处)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—－]*\\d{1,3}[-—－]*|第\\d+页.*");

    private SignatureReader() {
    }

    /** The signature date, the index of its line, and the body's name it prints (null when none). */
    public record Signature(LocalDate date, int line, String name) {
    }

    /** A date, and the name printed before it on its line (null when none). */
    private record Signed(LocalDate date, String name) {
    }

    /** The body's name and the date on one line: 示例县人民政府 2024年1月20日. */
    private static Optional<Signed> afterName(String squeezed) {
        Matcher matcher = NAME_THEN_DATE.matcher(squeezed);
        return matcher.matches() ? PrintedDates.whole(matcher.group(2)).map(date -> new Signed(date,
                matcher.group(1))) : Optional.empty();
    }

    public static Optional<Signature> read(List<Line> lines) {
        // Web pages put long footers (links, 主办单位, 网站标识码) after the report: look right after part 六 first.
        int six = partSix(lines);
        for (int i = six + 1; six >= 0 && i < Math.min(lines.size(), six + AFTER_PART_SIX); i++) {
            Optional<Signed> date = date(lines.get(i).squeezed());
            if (date.isPresent()) {
                return Optional.of(signature(lines, i, date.get()));
            }
        }
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
            String squeezed = lines.get(i).squeezed();
            if (squeezed.isEmpty() || PAGE_NUMBER.matcher(squeezed).matches()) {
                continue;
            }
            seen++;
            Optional<Signed> date = date(squeezed);
            if (date.isPresent()) {
                return Optional.of(signature(lines, i, date.get()));
            }
        }
        return Optional.empty();
    }

    /** The signature at line {@code at}: the name on the date's line, else a name alone on the line above. */
    private static Signature signature(List<Line> lines, int at, Signed signed) {
        if (signed.name() != null) {
            return new Signature(signed.date(), at, signed.name());
        }
        for (int i = at - 1; i >= 0; i--) {
            String squeezed = lines.get(i).squeezed();
            if (!squeezed.isEmpty()) {
                return new Signature(signed.date(), at, NAME_ALONE.matcher(squeezed).matches() ? squeezed : null);
            }
        }
        return new Signature(signed.date(), at, null);
    }

    /**
     * A line that is a date, the body's name and a date, or ends with either after its last sentence (a signature
     * right-aligned in the paragraph of the last sentence).
     */
    private static Optional<Signed> date(String squeezed) {
        Optional<Signed> date = PrintedDates.whole(squeezed).map(alone -> new Signed(alone, null))
                .or(() -> afterName(squeezed));
        int sentenceEnd = squeezed.lastIndexOf('。');
        if (date.isEmpty() && sentenceEnd >= 0 && sentenceEnd < squeezed.length() - 1) {
            String tail = squeezed.substring(sentenceEnd + 1);
            date = PrintedDates.whole(tail).map(alone -> new Signed(alone, null)).or(() -> afterName(tail));
        }
        return date;
    }

    /** The heading of part 六 (其他需要报告的事项): a short line numbered 六、. */
    private static int partSix(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String compact = lines.get(i).compact();
            if (compact.length() <= 30 && compact.startsWith("六、") && compact.contains("其他")) {
                return i;
            }
        }
        return -1;
    }
}
