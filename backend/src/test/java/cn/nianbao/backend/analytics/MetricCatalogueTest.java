package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.platform.web.BadRequestException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

    private static final Pattern CHINESE = Pattern.compile(".*\\p{IsHan}.*");

    @Test
    void everyListedMetricHasAUniqueIdAChineseLabelAndAUnit() {
        List<Metric> all = MetricCatalogue.all();
        Set<String> ids = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Metric metric : all) {
            assertThat(ids.add(metric.id())).as(metric.id()).isTrue();
            assertThat(labels.add(metric.label())).as(metric.label()).isTrue();
            assertThat(metric.label()).matches(CHINESE);
            assertThat(metric.unit()).isIn("件", "万元", "%");
            assertThat(MetricCatalogue.find(metric.id())).contains(metric);
        }
        assertThat(all).extracting(Metric::group).contains(MetricGroup.values());
    }

    @Test
    void aSingleCellMetricIsNamedByItsContractPath() {
        for (Metric metric : MetricCatalogue.all()) {
            if (metric instanceof CellSum sum && sum.layouts().size() == 1 && sum.layouts().getFirst().size() == 1) {
                assertThat(metric.id()).isEqualTo(sum.layouts().getFirst().getFirst().path());
            } else {
                assertThat(CellPath.parse(metric.id())).as(metric.id()).isEmpty();
            }
        }
        Metric unlisted = MetricCatalogue.find("requests.granted.natural_person").orElseThrow();
        assertThat(unlisted.label()).isEqualTo("予以公开（自然人）");
        assertThat(MetricCatalogue.find("requests.new_received.total").orElseThrow().label()).isEqualTo("本年新收申请数量");
        assertThat(MetricCatalogue.find("proactive.licensing.decisions").orElseThrow().label())
                .isEqualTo("行政许可：本年处理决定数量");
    }

    @Test
    void theOutcomeGroupsAddUpTheirRowsAsTheContractGroupsThem() {
        CellSum denied = (CellSum) MetricCatalogue.find("requests.denied.total").orElseThrow();
        assertThat(denied.layouts()).hasSize(1);
        assertThat(denied.layouts().getFirst()).hasSize(8).allMatch(cell ->
                ((CellPath.Request) cell).row().group() == RequestRow.Group.DENIED);
        assertThat(((CellSum) MetricCatalogue.find("requests.unable.total").orElseThrow()).cells()).hasSize(3);
        assertThat(((CellSum) MetricCatalogue.find("requests.not_processed.total").orElseThrow()).cells()).hasSize(5);
        CellSum other = (CellSum) MetricCatalogue.find("requests.other.total").orElseThrow();
        assertThat(other.layouts()).containsExactly(
                List.of(request(RequestRow.OTHER_NO_CORRECTION), request(RequestRow.OTHER_FEE_UNPAID),
                        request(RequestRow.OTHER_OTHER)),
                List.of(request(RequestRow.OTHER_UNSPLIT)));
    }

    @Test
    void theRatesAreTheIssuesDefinitions() {
        Ratio disclosure = (Ratio) MetricCatalogue.find("rate.disclosure").orElseThrow();
        assertThat(disclosure.numerator().cells()).containsExactly(request(RequestRow.GRANTED),
                request(RequestRow.PARTIALLY_GRANTED));
        assertThat(disclosure.denominator().cells()).containsExactly(request(RequestRow.TOTAL_PROCESSED));
        assertThat(((Ratio) MetricCatalogue.find("rate.denial").orElseThrow()).numerator().id())
                .isEqualTo("requests.denied.total");
        assertThat(((Ratio) MetricCatalogue.find("rate.unable").orElseThrow()).numerator().id())
                .isEqualTo("requests.unable.total");
        Ratio correction = (Ratio) MetricCatalogue.find("rate.correction").orElseThrow();
        assertThat(correction.numerator().cells()).hasSize(3)
                .allMatch(cell -> ((CellPath.Review) cell).outcome() == ReviewOutcome.CORRECTED);
        assertThat(correction.denominator().cells()).hasSize(9).noneMatch(cell ->
                Set.of(ReviewOutcome.PENDING, ReviewOutcome.TOTAL).contains(((CellPath.Review) cell).outcome()));
        CellSum lawsuits = (CellSum) MetricCatalogue.find("litigation.total").orElseThrow();
        assertThat(lawsuits.cells()).containsExactly(CellPath.review(ReviewRow.LITIGATION_DIRECT, ReviewOutcome.TOTAL),
                CellPath.review(ReviewRow.LITIGATION_AFTER_REVIEW, ReviewOutcome.TOTAL));
        assertThat(Arrays.stream(new String[] {"rate.disclosure", "rate.denial", "rate.unable", "rate.correction"})
                .map(id -> MetricCatalogue.find(id).orElseThrow().kind())).containsOnly(MetricKind.RATE);
    }

    @Test
    void anUnknownMetricIsA400NamingTheParameter() {
        assertThat(MetricCatalogue.find("requests.received.total")).isEmpty();
        assertThat(MetricCatalogue.find(null)).isEmpty();
        Assertions.assertThatThrownBy(() -> MetricCatalogue.requested("x".repeat(10_000)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("metric");
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                });
    }

    @Test
    void aMetricReadsOneTable() {
        Assertions.assertThatThrownBy(() -> CellSum.of("mixed", "混合", "件", MetricKind.COUNT, MetricGroup.REQUESTS,
                        List.of(request(RequestRow.GRANTED), CellPath.review(ReviewRow.ADMINISTRATIVE_REVIEW,
                                ReviewOutcome.TOTAL))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CellPath request(RequestRow row) {
        return CellPath.request(row, ApplicantColumn.TOTAL);
    }
}
