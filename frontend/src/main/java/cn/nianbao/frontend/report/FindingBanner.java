package cn.nianbao.frontend.report;

import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.quality.Finding;
import cn.nianbao.frontend.backend.quality.FindingFilter;
import cn.nianbao.frontend.backend.quality.QualityClient;
import cn.nianbao.frontend.template.CellMark;
import cn.nianbao.frontend.template.CellMarks;
import cn.nianbao.frontend.ui.SourcePlaces;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One finding of the quality checks on its report ({@code report/BODY/YEAR?finding=ID}, linked from 数据质量): a banner
 * with the finding in words, and a red outline with "问题" on each table cell it names by contract path. Cells of last
 * year's report ({@code previous.…}) and what is not a table cell (the signing date, a section) are named in the
 * banner only.
 */
final class FindingBanner {

    private FindingBanner() {
    }

    /** The body's findings of the year, looked up by id; empty when there is none by that id (any more). */
    static Optional<Finding> find(QualityClient quality, String agency, int year, long id) {
        return quality.findings(new FindingFilter(agency, null, year, year, null, null, null), 0,
                        QualityClient.MAX_PAGE).items().stream()
                .filter(finding -> finding.id() == id && finding.agencyCode().equals(agency)).findFirst();
    }

    static CellMarks of(Component page, Finding finding) {
        List<CellMark> mark = List.of(new CellMark(page.getTranslation("finding.mark"), "mark-finding",
                finding.message()));
        return path -> finding.cells().contains(path) ? mark : List.of();
    }

    static Div banner(Component page, Finding finding, String ruleName, boolean inTables) {
        Div banner = new Div();
        banner.addClassNames("finding-banner", "finding-banner-" + finding.severity());
        banner.getElement().setAttribute("data-finding", String.valueOf(finding.id()));
        Span text = new Span(page.getTranslation("finding.banner", ruleName,
                page.getTranslation("quality.severity." + finding.severity()), finding.message()));
        text.addClassName("finding-banner-text");
        Paragraph where = new Paragraph(page.getTranslation(inTables ? "finding.banner.cells"
                : "finding.banner.elsewhere"));
        banner.add(text, where);
        SourcePlaces.of(page, finding.source()).ifPresent(banner::add);
        return banner;
    }

    static Paragraph unknown(Component page, String id) {
        Paragraph unknown = new Paragraph(page.getTranslation("finding.banner.unknown", id));
        unknown.addClassName("finding-unknown");
        return unknown;
    }
}
