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
 * line's text, shortened. Every cell of a row points at its row's line. Kept with a version read from a document, so
 * that the findings of the rules run on the stored version say where their cells were read; a report entered as data
 * has {@link #NONE}. A table found but not read is kept by its key ({@code requests}) at its heading's line.
 */
public record SourceRows(Map<String, Place> rows) {

    public static final SourceRows NONE = new SourceRows(Map.of());

    /** A row's place: its page, its line and the line's text (each null when not known). */
    public record Place(Integer page, Integer line, String excerpt) {
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
        return place == null ? Optional.empty()
                : Optional.of(SourceLocation.ofCell(cell, place.page(), place.line(), place.excerpt()));
    }

    /**
     * The stored form, compact: {@code {"requests.new_received": [page, line, "excerpt"], …}} by row path, null for
     * a part not known; null when no row is known.
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
            rows.put(entry.getKey(), new Place(number(parts.get(0)), number(parts.get(1)),
                    parts.get(2) == null || parts.get(2).isNull() ? null : parts.get(2).asString()));
        });
        return new SourceRows(rows);
    }

    private static Integer number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }
}
