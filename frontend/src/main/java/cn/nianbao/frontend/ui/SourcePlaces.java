package cn.nianbao.frontend.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.frontend.backend.SourcePlace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Where a finding's cells were read in the original document, one line each: "原件第 4 页第 107 行：「10 1 0 …」", the
 * values of the finding's cells marked in it where the backend says where they stand. Cells of one table row share
 * their row's line, so a line is shown once.
 */
public final class SourcePlaces {

    /** Stands for the excerpt in the translated sentence, to be replaced by the marked text. */
    private static final String EXCERPT = "\u0000";

    private SourcePlaces() {
    }

    /** The lines of the document a finding's cells were read on; empty when none is known. */
    public static Optional<Div> of(Component page, List<SourcePlace> source) {
        Map<String, List<SourcePlace>> lines = new LinkedHashMap<>();
        for (SourcePlace place : source) {
            if (place.line() != null) {
                lines.computeIfAbsent(place.page() + "/" + place.line(), key -> new ArrayList<>()).add(place);
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Div places = new Div();
        places.addClassName("finding-source");
        for (List<SourcePlace> onLine : lines.values()) {
            places.add(line(page, onLine));
        }
        return Optional.of(places);
    }

    /** Where a cell was read, "原件第 4 页第 107 行", when its line is known. */
    public static Optional<String> where(Component page, SourcePlace place) {
        if (place.line() == null) {
            return Optional.empty();
        }
        return Optional.of(place.page() == null
                ? page.getTranslation("finding.source.line", String.valueOf(place.line()))
                : page.getTranslation("finding.source.page_line", String.valueOf(place.page()),
                String.valueOf(place.line())));
    }

    /** One line: where it is, and its text with the values of the finding's cells on it marked. */
    private static Span line(Component page, List<SourcePlace> onLine) {
        SourcePlace first = onLine.getFirst();
        String where = where(page, first).orElseThrow();
        Span line = new Span();
        line.addClassName("finding-source-line");
        if (first.excerpt() == null) {
            line.setText(where);
            return line;
        }
        // the sentence around the excerpt as the language words it; the excerpt goes where its placeholder is
        String sentence = page.getTranslation("finding.source.excerpt", where, EXCERPT);
        int at = sentence.indexOf(EXCERPT);
        line.add(new Text(sentence.substring(0, at)));
        String excerpt = first.excerpt();
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        for (SourcePlace place : onLine) {
            if (place.offset() != null && place.length() != null && place.offset() >= 0
                    && place.offset() + place.length() <= excerpt.length()) {
                marks.put(place.offset(), place.length());
            }
        }
        int shown = 0;
        for (Map.Entry<Integer, Integer> mark : marks.entrySet()) {
            if (mark.getKey() < shown) {
                continue;
            }
            line.add(new Text(excerpt.substring(shown, mark.getKey())));
            Span value = new Span(excerpt.substring(mark.getKey(), mark.getKey() + mark.getValue()));
            value.addClassName("finding-source-value");
            line.add(value);
            shown = mark.getKey() + mark.getValue();
        }
        line.add(new Text(excerpt.substring(shown)));
        line.add(new Text(sentence.substring(at + EXCERPT.length())));
        return line;
    }
}
