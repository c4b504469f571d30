package cn.nianbao.backend.contract;

import java.util.Map;

/** One case group of 表四: the five outcome columns. A null cell was printed blank. */
public record OutcomeCounts(Integer upheld, Integer corrected, Integer other, Integer pending, Integer total) {

    public static final OutcomeCounts BLANK = new OutcomeCounts(null, null, null, null, null);

    public Integer get(ReviewOutcome outcome) {
        return switch (outcome) {
            case UPHELD -> upheld;
            case CORRECTED -> corrected;
            case OTHER -> other;
            case PENDING -> pending;
            case TOTAL -> total;
        };
    }

    public static OutcomeCounts of(Map<ReviewOutcome, Integer> cells) {
        return new OutcomeCounts(cells.get(ReviewOutcome.UPHELD), cells.get(ReviewOutcome.CORRECTED),
                cells.get(ReviewOutcome.OTHER), cells.get(ReviewOutcome.PENDING), cells.get(ReviewOutcome.TOTAL));
    }
}
