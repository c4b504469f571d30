package cn.nianbao.backend.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where each table row of a parsed document was read: by the row's contract path ({@code requests.new_received}),
 * the page (null when the form has none), the line among the document's lines (null when not numbered) and that
 * line's text, shortened. Every cell of a row points at its row's line, and at its value in that text where that is
 * certain. Kept with a version read from a document, so
 * that the findings of the rules run on the stored version say where their cells were read; a report entered as data
 * has {@link #NONE}. A table found but not read is kept by its key ({@code requests}) at its heading's line.
 */
public record SourceRows(Map<String, Place> rows) {

    public static final SourceRows NONE = new SourceRows(Map.of());

    /**
     * A row's place: its page, its line and the line's text (each null when not known), and where in that text the
     * value of each of its cells stands, by column ({@code natural_person}), where that is certain.
     */
    public record Place(Integer page, Integer line, String excerpt, Map<String, Mark> cells) {

        public Place {
            cells = cells == null ? Map.of() : Map.copyOf(cells);
        }

        public Place(Integer page, Integer line, String excerpt) {
            this(page, line, excerpt, Map.of());
        }
    }

    /** A value's place in an excerpt: {@code length} characters from {@code offset}. */
    public record Mark(int offset, int length) {
    }

    public SourceRows {
        rows = Map.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Where the cell with this contract path was read: its row's place, if known; for a whole table
     * ({@code requests}) found but not read, the place of its heading.
     */
    public Optional<SourceLocation> of(String cell) {
        int lastDot = cell.lastIndexOf('.');
        Place place = rows.containsKey(cell) ? rows.get(cell)
                : lastDot < 0 ? null : rows.get(cell.substring(0, lastDot));
        if (place == null) {
            return Optional.empty();
        }
        Mark mark = place.cells().get(cell.substring(lastDot + 1));
        return Optional.of(mark == null ? SourceLocation.ofCell(cell, place.page(), place.line(), place.excerpt())
                : SourceLocation.ofCellAt(cell, place.page(), place.line(), place.excerpt(), mark.offset(),
                mark.length()));
    }

    /**
     * The stored form, compact: {@code {"requests.new_received": [page, line, "excerpt", {"total": [offset, length],
     * …}], …}} by row path, null for a part not known, the marks only when some are known; null when no row is known.
     */
    public String toJson() {
        if (rows.isEmpty()) {
            return null;
        }
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        new TreeMap<>(rows).forEach((row, place) -> {
            ArrayNode parts = node.putArray(row);
            if (place.page() == null) {
                parts.addNull();
            } else {
                parts.add(place.page());
            }
            if (place.line() == null) {
                parts.addNull();
            } else {
                parts.add(place.line());
            }
            if (place.excerpt() == null) {
                parts.addNull();
            } else {
                parts.add(place.excerpt());
            }
            if (!place.cells().isEmpty()) {
                ObjectNode marks = parts.addObject();
                new TreeMap<>(place.cells()).forEach((column, mark) -> marks.putArray(column).add(mark.offset())
                        .add(mark.length()));
            }
        });
        return ContractJson.MAPPER.writeValueAsString(node);
    }

    /** The places stored by {@link #toJson()}; {@link #NONE} for null. */
    public static SourceRows fromJson(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        Map<String, Place> rows = new LinkedHashMap<>();
        ContractJson.MAPPER.readTree(json).properties().forEach(entry -> {
            JsonNode parts = entry.getValue();
            Map<String, Mark> marks = new LinkedHashMap<>();
            if (parts.get(3) != null && parts.get(3).isObject()) {
                parts.get(3).properties().forEach(mark -> marks.put(mark.getKey(),
                        new Mark(mark.getValue().get(0).asInt(), mark.getValue().get(1).asInt())));
            }
            rows.put(entry.getKey(), new Place(number(parts.get(0)), number(parts.get(1)),
                    parts.get(2) == null || parts.get(2).isNull() ? null : parts.get(2).asString(), marks));
        });
        return new SourceRows(rows);
    }

    private static Integer number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }
}
