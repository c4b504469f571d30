package cn.nianbao.frontend.ui;

import cn.nianbao.frontend.backend.NewRequests.PointState;
import com.vaadin.flow.component.html.Span;

/** 已填报 / 空白 / 缺报 / 不适用, each with its own colour and a tooltip saying what it means. */
public class PointStateLabel extends Span {

    public PointStateLabel(PointState state) {
        String key = "state." + state.name().toLowerCase(java.util.Locale.ROOT);
        setText(getTranslation(key));
        getElement().setAttribute("title", getTranslation(key + ".tooltip"));
        addClassName("state");
        addClassName("state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
