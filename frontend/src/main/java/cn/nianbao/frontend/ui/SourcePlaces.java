package cn.nianbao.frontend.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.frontend.backend.SourcePlace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Where a finding's cells were read in the original document, one line each: "原件第 4 页第 107 行：「10 1 0 …」".
 * Cells of one table row share their row's line, so a line is shown once.
 */
public final class SourcePlaces {

    private SourcePlaces() {
    }

    /** The lines of the document a finding's cells were read on; empty when none is known. */
    public static Optional<Div> of(Component page, List<SourcePlace> source) {
        Map<String, SourcePlace> lines = new LinkedHashMap<>();
        for (SourcePlace place : source) {
            if (place.line() != null) {
                lines.putIfAbsent(place.page() + "/" + place.line(), place);
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Div places = new Div();
        places.addClassName("finding-source");
        for (SourcePlace place : lines.values()) {
            String where = place.page() == null
                    ? page.getTranslation("finding.source.line", String.valueOf(place.line()))
                    : page.getTranslation("finding.source.page_line", String.valueOf(place.page()),
                    String.valueOf(place.line()));
            Span line = new Span(place.excerpt() == null ? where
                    : page.getTranslation("finding.source.excerpt", where, place.excerpt()));
            line.addClassName("finding-source-line");
            places.add(line);
        }
        return Optional.of(places);
    }
}
