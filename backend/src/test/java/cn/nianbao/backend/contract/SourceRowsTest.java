package cn.nianbao.backend.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The places kept with a version come back from their stored form as they were, and name each cell's place. */
class SourceRowsTest {

    private static final SourceRows ROWS = new SourceRows(Map.of(
            "reviews.administrative_review", new SourceRows.Place(4, 107, "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0",
                    Map.of("upheld", new SourceRows.Mark(0, 2), "total", new SourceRows.Mark(9, 1))),
            "requests.new_received", new SourceRows.Place(null, 12, "一、本年新收政府信息公开申请数量 12 1 0 0 0 0 13"),
            "requests", new SourceRows.Place(null, 3, "三、收到和处理政府信息公开申请情况"),
            "proactive.regulations", new SourceRows.Place(2, null, null)));

    @Test
    void theStoredFormComesBackAsItWas() {
        String json = ROWS.toJson();

        assertThat(SourceRows.fromJson(json)).isEqualTo(ROWS);
        // the values' offsets in the template's column order, the lengths read off the excerpt
        assertThat(json).contains("\"reviews.administrative_review\":[4,107,\"10 1 0 0 0 0 0 0 0 0 5 0 0 0 0\","
                + "[0,null,null,null,9]]");
        assertThat(SourceRows.NONE.toJson()).isNull();
        assertThat(SourceRows.fromJson(null)).isEqualTo(SourceRows.NONE);
    }

    @Test
    void aCellIsAtItsRowsLineAndItsValueWhereThatIsKnown() {
        assertThat(ROWS.of("reviews.administrative_review.total")).contains(
                SourceLocation.ofCellAt("reviews.administrative_review.total", 4, 107,
                        "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0", 9, 1));
        assertThat(ROWS.of("reviews.administrative_review.corrected")).contains(
                SourceLocation.ofCell("reviews.administrative_review.corrected", 4, 107,
                        "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0"));
        assertThat(ROWS.of("requests")).contains(SourceLocation.ofCell("requests", null, 3,
                "三、收到和处理政府信息公开申请情况"));
        assertThat(ROWS.of("requests.granted.total")).isEmpty();
        assertThat(ROWS.of("previous.requests.new_received.total")).isEmpty();
    }
}
