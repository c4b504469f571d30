package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import org.junit.jupiter.api.Test;

class RankingLinesTest {

    @Test
    void equalValuesShareARankAndTheNextRankSkips() {
        List<Agency> bodies = List.of(body("a"), body("b"), body("c"), body("d"), body("e"));
        Map<String, Map<Integer, Point>> points = Map.of(
                "a", years(reported(10), reported(5)),
                "b", years(reported(40), reported(40)),
                "c", years(blank(), reported(1)),
                "d", years(reported(50), missing()),
                "e", years(reported(40), reported(0)));

        List<Ranking.Line> lines = RankingAnalysis.lines(bodies, points, 2024);

        assertThat(lines).extracting(Ranking.Line::agencyCode).containsExactly("d", "b", "e", "a", "c");
        assertThat(lines).extracting(Ranking.Line::rank).containsExactly(1, 2, 2, 4, null);
        assertThat(lines).extracting(Ranking.Line::change).containsExactly(null, 0L, 40L, 5L, null);
        assertThat(lines).extracting(Ranking.Line::changeRate)
                .containsExactly(null, BigDecimal.ZERO, null, BigDecimal.ONE, null);
    }

    @Test
    void ratesRankByTheirDecimalValue() {
        List<Agency> bodies = List.of(body("a"), body("b"));
        Map<String, Map<Integer, Point>> points = Map.of(
                "a", years(rate("0.5"), rate("0.4")),
                "b", years(rate("0.75"), rate("0.5")));

        List<Ranking.Line> lines = RankingAnalysis.lines(bodies, points, 2024);

        assertThat(lines).extracting(Ranking.Line::agencyCode).containsExactly("b", "a");
        assertThat(lines).extracting(Ranking.Line::change).containsExactly(new BigDecimal("0.25"), new BigDecimal("0.1"));
        assertThat(lines).extracting(Ranking.Line::changeRate).containsExactly(new BigDecimal("0.5"),
                new BigDecimal("0.25"));
    }

    private static Map<Integer, Point> years(Point current, Point previous) {
        return Map.of(2024, withYear(current, 2024), 2023, withYear(previous, 2023));
    }

    private static Point withYear(Point point, int year) {
        return new Point(year, point.value(), point.state(), point.numerator(), point.denominator(), point.reliable());
    }

    private static Point reported(long value) {
        return new Point(0, value, PointState.REPORTED, null, null, null);
    }

    private static Point rate(String value) {
        return new Point(0, new BigDecimal(value), PointState.REPORTED, 1L, 2L, false);
    }

    private static Point blank() {
        return new Point(0, null, PointState.BLANK, null, null, null);
    }

    private static Point missing() {
        return new Point(0, null, PointState.MISSING, null, null, null);
    }

    private static Agency body(String code) {
        return new Agency(code.hashCode(), code, "机构" + code, AgencyKind.TOWNSHIP, "r", 1, 0, false, List.of());
    }
}
