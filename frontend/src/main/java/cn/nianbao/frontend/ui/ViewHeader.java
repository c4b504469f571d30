package cn.nianbao.frontend.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The title line of a page, with room for the 示例数据 badge when the figures shown are demo data. */
public class ViewHeader extends Div {

    private final H2 title = new H2();
    private final Span subtitle = new Span();
    private final DemoBadge demo = new DemoBadge();

    public ViewHeader(String title) {
        addClassName("view-header");
        this.title.setText(title);
        subtitle.addClassName("view-subtitle");
        demo.setVisible(false);
        Div line = new Div(this.title, demo);
        line.addClassName("view-title-line");
        add(line, subtitle);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public void setSubtitle(String text) {
        subtitle.setText(text == null ? "" : text);
    }

    /** Shows 示例数据 when the data on the page is demo data (the API's {@code "demo": true}). */
    public void setDemo(boolean demoData) {
        demo.setVisible(demoData);
    }

    public boolean isDemoShown() {
        return demo.isVisible();
    }
}
