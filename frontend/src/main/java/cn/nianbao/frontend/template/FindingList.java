package cn.nianbao.frontend.template;

import java.util.List;

import cn.nianbao.frontend.backend.reports.Finding;
import cn.nianbao.frontend.ui.SourcePlaces;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The findings on a report as a list, each with its severity (错误 / 警告 / 提示) and Chinese message. */
public class FindingList extends Div {

    public FindingList(List<Finding> findings) {
        addClassName("finding-list");
        if (findings.isEmpty()) {
            Span none = new Span(getTranslation("finding.none"));
            none.addClassName("finding-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Finding finding : findings) {
            String severity = FindingMarks.severity(finding);
            Span label = new Span(getTranslation("finding.severity." + severity));
            label.addClassName("state");
            label.addClassName("finding-" + severity);
            ListItem item = new ListItem(label, new Span(" " + finding.message()));
            item.addClassName("finding");
            SourcePlaces.of(this, finding.source()).ifPresent(item::add);
            list.add(item);
        }
        add(list);
    }
}
