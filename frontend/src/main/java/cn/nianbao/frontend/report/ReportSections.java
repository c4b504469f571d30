package cn.nianbao.frontend.report;

import java.util.Comparator;
import java.util.List;

import cn.nianbao.frontend.backend.reports.AnnualReportData.Section;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The narrative sections 一…六 as printed, each folded so the tables stay in view. */
class ReportSections extends Div {

    ReportSections(List<Section> sections) {
        addClassName("report-sections");
        add(new H3(getTranslation("sections.title")));
        if (sections.isEmpty()) {
            add(new Paragraph(getTranslation("sections.empty")));
            return;
        }
        sections.stream().sorted(Comparator.comparingInt(Section::number)).forEach(section -> {
            Paragraph text = new Paragraph(section.text() == null ? "" : section.text());
            text.addClassName("section-text");
            Details details = new Details(section.heading() == null ? String.valueOf(section.number())
                    : section.heading(), text);
            details.addClassName("report-section");
            add(details);
        });
    }
}
