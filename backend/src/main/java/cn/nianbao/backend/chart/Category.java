package cn.nianbao.backend.chart;

import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.analytics.CellSum;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;

/**
 * What a metric counts, where that has a colour of its own on every chart: an outcome category (予以公开 … 其他处理),
 * a review or lawsuit result (维持, 纠正, 其他, 尚未审结) or an applicant type. Read from the metric's cells, so a
 * single row (不予公开：属于国家秘密) has its category's colour as well as the category's sum.
 */
public sealed interface Category {

    /** One of the six outcome groups （一）…（六）. */
    record Outcome(RequestRow.Group group) implements Category {
    }

    /** One of the four results of 表四 (never 总计). */
    record Result(ReviewOutcome outcome) implements Category {
    }

    /** One of the six applicant columns of 本年新收 (never 总计). */
    record Applicant(ApplicantColumn column) implements Category {
    }

    /** The category of a metric id; empty for totals, rates and anything else without one. */
    static Optional<Category> of(String metricId) {
        return MetricCatalogue.find(metricId).flatMap(Category::of);
    }

    static Optional<Category> of(Metric metric) {
        if (!(metric instanceof CellSum sum)) {
            return Optional.empty();
        }
        List<CellPath> cells = List.copyOf(sum.cells());
        if (cells.stream().allMatch(cell -> cell instanceof CellPath.Request request && request.row().isOutcome())) {
            List<RequestRow.Group> groups = cells.stream().map(cell -> ((CellPath.Request) cell).row().group())
                    .distinct().toList();
            return groups.size() == 1 ? Optional.of(new Outcome(groups.getFirst())) : Optional.empty();
        }
        if (cells.stream().allMatch(cell -> cell instanceof CellPath.Review)) {
            List<ReviewOutcome> outcomes = cells.stream().map(cell -> ((CellPath.Review) cell).outcome()).distinct()
                    .toList();
            return outcomes.size() == 1 && outcomes.getFirst() != ReviewOutcome.TOTAL
                    ? Optional.of(new Result(outcomes.getFirst())) : Optional.empty();
        }
        if (cells.size() == 1 && cells.getFirst() instanceof CellPath.Request request
                && request.row() == RequestRow.NEW_RECEIVED && request.column() != ApplicantColumn.TOTAL) {
            return Optional.of(new Applicant(request.column()));
        }
        return Optional.empty();
    }
}
