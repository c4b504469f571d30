package cn.nianbao.backend.quality.rules;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A MinHash signature of a narrative's shingles, cut into bands for locality-sensitive hashing: two narratives
 * that share a band hash are candidates to compare exactly. With 28 bands of 5 rows, a pair whose shingle sets
 * overlap by Jaccard 0.67 (two equally long texts of which 80 % is shared) becomes a candidate with probability
 * 1 − (1 − 0.67⁵)²⁸ ≈ 98 %, at 0.75 with 99.9 %, while a pair at 0.3 (reports written from the same phrases) does
 * with 7 % and at 0.2 with 1 %; the exact comparison then decides. So looking for a copy among every report of a
 * year costs a few index look-ups, not a comparison with each. A short text copied whole into a much longer one
 * overlaps it little by Jaccard and may not become a candidate.
 */
public final class MinHashSignature {

    public static final int BANDS = 28;
    public static final int ROWS = 5;
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private MinHashSignature() {
    }

    /** The band hashes of the text (index = band number); empty when the text is too short to compare. */
    public static long[] bands(NarrativeText text) {
        if (!text.comparable()) {
            return new long[0];
        }
        long[] minimum = new long[SEEDS.length];
        Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : text.distinctShingles()) {
            for (int i = 0; i < SEEDS.length; i++) {
                long value = Hashing.mix(shingle ^ SEEDS[i]);
                if (value < minimum[i]) {
                    minimum[i] = value;
                }
            }
        }
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = band;
            for (int row = 0; row < ROWS; row++) {
                hash = hash * 0x9E3779B97F4A7C15L + minimum[band * ROWS + row];
            }
            bands[band] = Hashing.mix(hash);
        }
        return bands;
    }

    private static long[] seeds(int count) {
        SplittableRandom random = new SplittableRandom(0x4E49414E42414FL);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }
}
