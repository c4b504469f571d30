package cn.nianbao.frontend.report;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.analytics.YearOnYear;
import cn.nianbao.frontend.template.CellMark;
import cn.nianbao.frontend.template.CellMarks;
import cn.nianbao.frontend.ui.Figures;
import com.vaadin.flow.component.Component;

/**
 * Last year beside each cell of the report, as the backend compared them: "上年 118" and the change ("+5", "−3",
 * "持平"), or that last year's report printed the cell blank or not at all. Nothing is computed here.
 */
final class YearOnYearMarks {

    private YearOnYearMarks() {
    }

    static CellMarks of(Component page, YearOnYear comparison) {
        String previousYear = String.valueOf(comparison.previousYear());
        return path -> {
            List<CellMark> marks = new ArrayList<>();
            YearOnYear.Cell previous = comparison.previousAt(path);
            if (!previous.printed()) {
                marks.add(new CellMark(page.getTranslation("compare.previous.missing"), "mark-previous-missing",
                        page.getTranslation("compare.previous.missing.tooltip", previousYear)));
                return marks;
            }
            if (previous.value() == null) {
                marks.add(new CellMark(page.getTranslation("compare.previous.blank"), "mark-previous-blank",
                        page.getTranslation("compare.previous.blank.tooltip", previousYear)));
                return marks;
            }
            String before = Figures.value(previous.value(), MetricKind.COUNT);
            marks.add(new CellMark(page.getTranslation("compare.previous", before), "mark-previous",
                    page.getTranslation("compare.previous.tooltip", previousYear, before)));
            YearOnYear.Cell change = comparison.changeAt(path);
            if (change.value() != null) {
                int sign = change.value().signum();
                marks.add(new CellMark(sign == 0 ? page.getTranslation("compare.same")
                        : Figures.change(change.value(), MetricKind.COUNT),
                        sign > 0 ? "mark-up" : sign < 0 ? "mark-down" : "mark-same",
                        page.getTranslation("compare.change.tooltip", previousYear,
                                Figures.change(change.value(), MetricKind.COUNT))));
            }
            return marks;
        };
    }
}
