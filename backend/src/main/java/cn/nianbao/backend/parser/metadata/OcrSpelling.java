package cn.nianbao.backend.parser.metadata;

import java.util.HashMap;
import java.util.Map;

/**
 * The spelling of a name read by OCR, checked against the rest of the page: OCR misreads a character here and there
 * ({@code 准安市} for {@code 淮安市}), rarely the same one twice. When the name as read appears nowhere else in the
 * text but a spelling differing in one character appears at least twice, that spelling is the one printed.
 */
public final class OcrSpelling {

    private OcrSpelling() {
    }

    /** @param text the document's text, squeezed (no whitespace) */
    public static String confirmed(String name, String text) {
        if (name == null || name.length() < 3) {
            return name;
        }
        int own = count(text, name);
        Map<String, Integer> variants = new HashMap<>();
        for (int at = 0; at + name.length() <= text.length(); at++) {
            int differences = 0;
            for (int i = 0; i < name.length() && differences < 2; i++) {
                if (text.charAt(at + i) != name.charAt(i)) {
                    differences++;
                }
            }
            if (differences == 1) {
                variants.merge(text.substring(at, at + name.length()), 1, Integer::sum);
            }
        }
        return variants.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && e.getValue() > own)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(name);
    }

    private static int count(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            count++;
        }
        return count;
    }
}
