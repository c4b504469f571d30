package cn.nianbao.frontend.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One key figure on a page: a caption, a big number, a short note. */
public class Tile extends Div {

    private final Span value = new Span();

    public Tile(String caption, String value, String note) {
        addClassName("tile");
        Span captionText = new Span(caption);
        captionText.addClassName("tile-caption");
        this.value.setText(value);
        this.value.addClassName("tile-value");
        Span noteText = new Span(note == null ? "" : note);
        noteText.addClassName("tile-note");
        add(captionText, this.value, noteText);
    }

    public String value() {
        return value.getText();
    }
}
