package cn.nianbao.backend.parser.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;

/**
 * The date printed under the signature: a line holding nothing but a date among the last lines of the report. Page
 * numbers and empty lines are skipped; a date inside a sentence is not a signature.
 */
public final class SignatureReader {

    /** How many non-empty lines from the end are searched. */
    private static final int TAIL_LINES = 8;
    private static final Pattern NAME_THEN_DATE =
            Pattern.compile("([^，。；：,;:\\d]{2,30}(?:政府|局|委员会|办公室|办事处|镇|乡|街道|中心|厅|院|委|办))(.+日[。.]?)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—－]*\\d{1,3}[-—－]*|第\\d+页.*");

    private SignatureReader() {
    }

    /** The signature date and the index of its line. */
    public record Signature(LocalDate date, int line) {
    }

    /** The body's name and the date on one line: 示例县人民政府 2024年1月20日. */
    private static Optional<LocalDate> afterName(String squeezed) {
        Matcher matcher = NAME_THEN_DATE.matcher(squeezed);
        return matcher.matches() ? PrintedDates.whole(matcher.group(2)) : Optional.empty();
    }

    public static Optional<Signature> read(List<Line> lines) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
            String squeezed = lines.get(i).squeezed();
            if (squeezed.isEmpty() || PAGE_NUMBER.matcher(squeezed).matches()) {
                continue;
            }
            seen++;
            Optional<LocalDate> date = PrintedDates.whole(squeezed).or(() -> afterName(squeezed));
            if (date.isPresent()) {
                return Optional.of(new Signature(date.get(), i));
            }
        }
        return Optional.empty();
    }
}
