package cn.nianbao.backend.parser.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;

/**
 * The date printed under the signature: a line holding nothing but a date among the last lines of the report. Page
 * numbers and empty lines are skipped; a date inside a sentence is not a signature.
 */
public final class SignatureReader {

    /** How many non-empty lines from the end are searched. */
    private static final int TAIL_LINES = 8;
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—－]*\\d{1,3}[-—－]*|第\\d+页.*");

    private SignatureReader() {
    }

    /** The signature date and the index of its line. */
    public record Signature(LocalDate date, int line) {
    }

    public static Optional<Signature> read(List<Line> lines) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
            String squeezed = lines.get(i).squeezed();
            if (squeezed.isEmpty() || PAGE_NUMBER.matcher(squeezed).matches()) {
                continue;
            }
            seen++;
            Optional<LocalDate> date = PrintedDates.whole(squeezed);
            if (date.isPresent()) {
                return Optional.of(new Signature(date.get(), i));
            }
        }
        return Optional.empty();
    }
}
