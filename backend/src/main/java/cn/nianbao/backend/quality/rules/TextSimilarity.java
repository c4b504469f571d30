package cn.nianbao.backend.quality.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.backend.contract.SourceLocation;

/**
 * How much of one narrative is found in another: the share of its distinct 5-character shingles that the other
 * text also has (containment). It is asymmetric on purpose — a short report copied whole into a longer one is 100 %
 * repeated, though the longer one is not — and it is what an evaluator means by 重复率. The passages are the longest
 * runs of consecutive shared shingles, mapped back to the stored text of their section.
 */
public final class TextSimilarity {

    /** How many passages a finding shows. */
    static final int PASSAGES = 3;
    private static final int EXCERPT = 80;

    private TextSimilarity() {
    }

    /** The share (0…1) of {@code text}'s shingles found in {@code other}; 0 when {@code text} has none. */
    public static double containment(NarrativeText text, NarrativeText other) {
        long[] a = text.distinctShingles();
        long[] b = other.distinctShingles();
        if (a.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / a.length;
    }

    /** The longest passages of {@code text} also found in {@code other}, longest first, in {@code text}'s sections. */
    static List<SourceLocation> passages(NarrativeText text, NarrativeText other, List<String> sectionTexts,
                                         List<Integer> sectionNumbers) {
        long[] shingles = text.shingleAt();
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= shingles.length; i++) {
            boolean shared = i < shingles.length && shingles[i] != 0 && other.contains(shingles[i]);
            boolean sameSection = start < 0 || i >= shingles.length || text.sectionAt(i) == text.sectionAt(start);
            if (shared && sameSection) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                runs.add(new int[] {start, i - 1 + NarrativeText.SHINGLE - 1});
                start = shared ? i : -1;
            }
        }
        runs.sort(Comparator.comparingInt((int[] run) -> run[1] - run[0]).reversed());
        List<SourceLocation> passages = new ArrayList<>();
        for (int[] run : runs.subList(0, Math.min(PASSAGES, runs.size()))) {
            int section = text.sectionAt(run[0]);
            String body = sectionTexts.get(sectionNumbers.indexOf(section));
            int from = text.offsetAt(run[0]);
            int last = Math.min(run[1], text.length() - 1);
            int to = text.sectionAt(last) == section ? text.offsetAt(last) + 1 : body.length();
            while (to < body.length() && to > 0 && Character.isDigit(body.charAt(to - 1))
                    && Character.isDigit(body.charAt(to))) {
                to++; // a run of digits counts as one character: show it whole
            }
            to = Math.min(Math.max(to, from), body.length());
            passages.add(SourceLocation.inSection(section, from, to - from,
                    Narrative.shorten(body.substring(from, to), EXCERPT)));
        }
        return passages;
    }
}
