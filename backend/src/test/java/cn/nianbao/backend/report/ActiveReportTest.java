package cn.nianbao.backend.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import cn.nianbao.backend.contract.SourceRows;
import org.junit.jupiter.api.Test;

/** The places stored with a version are parsed only for the reports whose findings ask for them, and once. */
class ActiveReportTest {

    private static final SourceRows ROWS = new SourceRows(Map.of(
            "requests.new_received", new SourceRows.Place(null, 12, "一、本年新收政府信息公开申请数量 12 1 0 0 0 0 13")));

    @Test
    void theStoredPlacesAreParsedWhenFirstAskedForAndOnce() {
        var broken = ActiveReport.positionsWhenAsked("{not json");
        var stored = ActiveReport.positionsWhenAsked(ROWS.toJson());

        assertThatThrownBy(broken::get).as("nothing is parsed before it is asked for").isNotNull();
        assertThat(stored.get()).isEqualTo(ROWS).isSameAs(stored.get());
        assertThat(ActiveReport.positionsWhenAsked(null).get()).isEqualTo(SourceRows.NONE);
    }
}
