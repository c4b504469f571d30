package cn.nianbao.backend.parser.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese reports print them: {@code 2023年12月31日}, {@code 二〇二四年一月二十日}, {@code 2024-01-20}. */
final class PrintedDates {

    static final String ARABIC = "(\\d{4})年(\\d{1,2})月(\\d{1,2})日";
    private static final Pattern ARABIC_DATE = Pattern.compile(ARABIC);
    private static final Pattern CHINESE_DATE =
            Pattern.compile("([〇零○Ｏ0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern DASHED_DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.,，]+$");

    private PrintedDates() {
    }

    /** The date when the whole (squeezed) text is one date, possibly followed by punctuation. */
    static Optional<LocalDate> whole(String squeezed) {
        String text = TRAILING_PUNCTUATION.matcher(squeezed).replaceFirst("");
        for (Pattern pattern : new Pattern[] {ARABIC_DATE, CHINESE_DATE, DASHED_DATE}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                return date(matcher);
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(Matcher matcher) {
        return of(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(number(year), number(month), number(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Arabic digits, digit-by-digit Chinese years (二〇二四) and Chinese numbers up to 31 (二十一). */
    private static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        if (text.length() == 4) {
            int year = 0;
            for (char c : text.toCharArray()) {
                year = year * 10 + digit(c);
            }
            return year;
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return digit(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int index = "〇一二三四五六七八九".indexOf(c);
        if (index >= 0) {
            return index;
        }
        if (c == '零' || c == '○' || c == 'Ｏ' || c == '0') {
            return 0;
        }
        throw new NumberFormatException("不是数字：" + c);
    }
}
