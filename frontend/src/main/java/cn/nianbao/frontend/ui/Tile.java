package cn.nianbao.frontend.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One key figure on a page: a caption, a big number, a short note. */
public class Tile extends Div {

    private final String key;
    private final Span value = new Span();
    private final Span note = new Span();

    /** @param key what the tile shows (the backend's tile id), for styles and tests */
    public Tile(String key, String caption, String value, String note) {
        this.key = key;
        addClassName("tile");
        Span captionText = new Span(caption);
        captionText.addClassName("tile-caption");
        this.value.setText(value);
        this.value.addClassName("tile-value");
        this.note.setText(note == null ? "" : note);
        this.note.addClassName("tile-note");
        add(captionText, this.value, this.note);
    }

    public String key() {
        return key;
    }

    public String value() {
        return value.getText();
    }

    public String note() {
        return note.getText();
    }

    /** Greys the number out and says why (a rate from too few cases, a figure nobody knows). */
    void markDoubtful(String reason) {
        value.addClassName("tile-value-doubtful");
        getElement().setAttribute("title", reason);
    }
}
