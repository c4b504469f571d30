package cn.nianbao.backend.quality.rules;

import java.util.Arrays;
import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;

/**
 * The prose of a report (sections 一, 五, 六) as a sequence of 5-character shingles, for measuring how much of it is
 * found in another report. Only letters and digits count (punctuation, spaces and the line breaks of PDF text do
 * not), and every run of digits counts as one mark, so that "2023 年收到 21 件" repeated as "2024 年收到 17 件" is still
 * the same sentence. Each kept character remembers its section and offset, so that a repeated passage can be shown.
 */
public final class NarrativeText {

    /** Shingle length in characters: five characters are a phrase in Chinese, long enough to be telling. */
    public static final int SHINGLE = 5;
    /** Texts shorter than this (in kept characters) are too short to call repeated. */
    public static final int MIN_LENGTH = 200;

    private static final char DIGITS = '#';
    private static final char BREAK = '|';

    private final String chars;
    private final int[] sections;
    private final int[] offsets;
    private final long[] shingles;
    private final long[] distinct;

    private NarrativeText(String chars, int[] sections, int[] offsets) {
        this.chars = chars;
        this.sections = sections;
        this.offsets = offsets;
        int count = Math.max(0, chars.length() - SHINGLE + 1);
        long[] hashes = new long[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            long hash = 0;
            boolean crossesBreak = false;
            for (int j = i; j < i + SHINGLE; j++) {
                char c = chars.charAt(j);
                crossesBreak |= c == BREAK;
                hash = hash * 1_000_003L + c;
            }
            hashes[i] = crossesBreak ? 0 : Hashing.mix(hash);
            kept += crossesBreak ? 0 : 1;
        }
        this.shingles = hashes;
        long[] set = new long[kept];
        int n = 0;
        for (long hash : hashes) {
            if (hash != 0) {
                set[n++] = hash;
            }
        }
        Arrays.sort(set);
        this.distinct = dedupe(set);
    }

    /** The prose of the report; empty when it has none. */
    public static NarrativeText of(AnnualReport report) {
        return of(Narrative.prose(report));
    }

    /** The prose of these sections (一, 五, 六; the tables' sections are left out). */
    public static NarrativeText ofSections(List<NarrativeSection> sections) {
        return of(sections.stream().filter(section -> Narrative.PROSE.contains(section.number())).toList());
    }

    static NarrativeText of(List<NarrativeSection> sections) {
        int capacity = sections.size();
        for (NarrativeSection section : sections) {
            capacity += section.text() == null ? 0 : section.text().length();
        }
        StringBuilder chars = new StringBuilder(capacity);
        int[] sectionOf = new int[capacity];
        int[] offsetOf = new int[capacity];
        for (NarrativeSection section : sections) {
            String text = section.text() == null ? "" : section.text();
            if (!chars.isEmpty()) {
                sectionOf[chars.length()] = section.number();
                chars.append(BREAK);
            }
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    sectionOf[chars.length()] = section.number();
                    offsetOf[chars.length()] = i;
                    chars.append(DIGITS);
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                    continue;
                }
                if (Character.isLetter(c)) {
                    sectionOf[chars.length()] = section.number();
                    offsetOf[chars.length()] = i;
                    chars.append(c);
                }
                i++;
            }
        }
        int length = chars.length();
        return new NarrativeText(chars.toString(), Arrays.copyOf(sectionOf, length), Arrays.copyOf(offsetOf, length));
    }

    /** Kept characters: letters and digit runs of the prose. */
    public int length() {
        return chars.length();
    }

    /** Long enough to be compared. */
    public boolean comparable() {
        return length() >= MIN_LENGTH;
    }

    /** The distinct shingle hashes, sorted. */
    long[] distinctShingles() {
        return distinct;
    }

    /** The shingle starting at each kept character (0 where a shingle would cross from one section into the next). */
    long[] shingleAt() {
        return shingles;
    }

    int sectionAt(int index) {
        return sections[index];
    }

    int offsetAt(int index) {
        return offsets[index];
    }

    /** Whether this text contains the shingle (binary search in the sorted distinct set). */
    boolean contains(long shingle) {
        return Arrays.binarySearch(distinct, shingle) >= 0;
    }

    private static long[] dedupe(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
