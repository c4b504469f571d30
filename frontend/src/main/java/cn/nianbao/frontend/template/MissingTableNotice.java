package cn.nianbao.frontend.template;

import com.vaadin.flow.component.html.Div;

/** Stands where a table would be when the report does not contain it: missing is not the same as zeros. */
public class MissingTableNotice extends Div {

    public MissingTableNotice(String text) {
        addClassName("missing-table");
        setText(text);
    }
}
