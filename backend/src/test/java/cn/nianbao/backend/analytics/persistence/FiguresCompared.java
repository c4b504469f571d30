package cn.nianbao.backend.analytics.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/** What the tests of the pre-aggregated figures compare with the raw tables: the years, metrics and kinds. */
final class FiguresCompared {

    static final int FIRST = 2018;
    static final int LAST = 2024;
    /** Numbers equal by value (a sum's scale differs between the two ways). */
    static final RecursiveComparisonConfiguration NUMBERS = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class).build();
    private static final List<String> UNLISTED = List.of("requests.other_unsplit.total", "requests.other.total",
            "requests.denied.natural_person", "requests.other.commercial");

    private FiguresCompared() {
    }

    /** The catalogue's metrics and a few more that read （六） or one column only. */
    static List<Metric> metrics() {
        return Stream.concat(MetricCatalogue.all().stream(),
                UNLISTED.stream().map(id -> MetricCatalogue.find(id).orElseThrow())).toList();
    }

    /** Every body kind, and null for all of them. */
    static List<AgencyKind> kinds() {
        List<AgencyKind> kinds = new ArrayList<>(List.of(AgencyKind.values()));
        kinds.add(null);
        return kinds;
    }
}
