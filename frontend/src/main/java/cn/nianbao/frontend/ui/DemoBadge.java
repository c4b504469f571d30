package cn.nianbao.frontend.ui;

import com.vaadin.flow.component.html.Span;

/** 示例数据: marks figures that come from the demo data set, so nobody takes them to a meeting as real. */
public class DemoBadge extends Span {

    public DemoBadge() {
        setText(getTranslation("badge.demo"));
        getElement().setAttribute("title", getTranslation("badge.demo.tooltip"));
        addClassName("demo-badge");
    }
}
