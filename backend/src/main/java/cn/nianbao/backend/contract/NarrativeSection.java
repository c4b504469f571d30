package cn.nianbao.backend.contract;

/** One of the six sections 一…六 of a report: its number, heading as printed, and text. */
public record NarrativeSection(int number, String heading, String text) {

    public NarrativeSection {
        if (number < 1 || number > 6) {
            throw new IllegalArgumentException("年报正文只有第一至第六部分，收到第 " + number + " 部分");
        }
    }
}
