package cn.nianbao.backend.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.backend.analytics.AgencySeries;
import cn.nianbao.backend.analytics.Point;

/**
 * Which bodies a chart draws when it cannot draw them all: the {@code top} by their value in the last year, ties in
 * tree order; then, while room is left, those without a number that year, in tree order.
 */
record BodyChoice(List<AgencySeries> chosen, int leftOut) {

    static BodyChoice top(List<AgencySeries> series, int top) {
        List<AgencySeries> withValue = new ArrayList<>();
        List<AgencySeries> without = new ArrayList<>();
        for (AgencySeries body : series) {
            (last(body).hasValue() ? withValue : without).add(body);
        }
        // a stable sort keeps tree order among equal values
        withValue.sort(Comparator.comparing((AgencySeries body) -> ChineseFigures.decimal(last(body).value()),
                Comparator.<BigDecimal>reverseOrder()));
        List<AgencySeries> ordered = new ArrayList<>(withValue);
        ordered.addAll(without);
        List<AgencySeries> chosen = List.copyOf(ordered.subList(0, Math.min(top, ordered.size())));
        return new BodyChoice(chosen, series.size() - chosen.size());
    }

    private static Point last(AgencySeries body) {
        return body.points().getLast();
    }
}
