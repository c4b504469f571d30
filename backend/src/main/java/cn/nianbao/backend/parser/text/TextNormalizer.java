package cn.nianbao.backend.parser.text;

/**
 * Brings the many ways a report prints the same label to one form: full-width letters, digits and punctuation become
 * half-width, whitespace (incl. the ideographic space) disappears, list markers {@code 1、} and {@code 1．} become
 * {@code 1.}, curly quotes become straight ones.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Full-width to half-width, ideographic space to space; keeps whitespace. */
    public static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The compact comparison form of a label: half-width, no whitespace, unified list markers and quotes. */
    public static String compact(String s) {
        String half = halfWidth(s);
        StringBuilder out = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            switch (c) {
                case '“', '”', '"', '„', '〝', '〞', '「', '」' -> out.append('"');
                case '‘', '’' -> out.append('\'');
                case '。' -> out.append('.');
                case '、' -> out.append(isDigitBefore(out) ? '.' : '、');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigitBefore(StringBuilder out) {
        return !out.isEmpty() && Character.isDigit(out.charAt(out.length() - 1));
    }

    /** Half-width with all whitespace removed, other characters as printed (for names and dates). */
    public static String squeeze(String s) {
        String half = halfWidth(s);
        StringBuilder out = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u200B' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text holds nothing but whitespace (ideographic spaces included). */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\u200B' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
