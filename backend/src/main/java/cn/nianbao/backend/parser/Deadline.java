package cn.nianbao.backend.parser;

import java.time.Duration;

/** The wall-clock budget of one parse, checked between pages and other units of work. */
public final class Deadline {

    private final long endNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    public static Deadline in(Duration budget) {
        return new Deadline(budget);
    }

    /** The time left, zero once the budget is spent. */
    public Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** Throws {@link UnreadableDocumentException} once the budget is spent. */
    public void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new UnreadableDocumentException("解析超时（超过 " + budget.toSeconds() + " 秒）");
        }
    }
}
