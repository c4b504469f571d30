package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
     * The stored form, compact: {@code {"requests.new_received": [page, line, "excerpt", [offset, …]], …}} by row
     * path, null for a part not known; the offsets of the values in the excerpt in the template's column order (a
     * value runs to the next space), only when some are known; null when no row is known.
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
            List<String> columns = columnsOf(row);
            if (!place.cells().isEmpty() && !columns.isEmpty()) {
                ArrayNode offsets = parts.addArray();
                for (String column : columns) {
                    Mark mark = place.cells().get(column);
                    if (mark == null) {
                        offsets.addNull();
                    } else {
                        offsets.add(mark.offset());
                    }
                }
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
            String excerpt = parts.get(2) == null || parts.get(2).isNull() ? null : parts.get(2).asString();
            Map<String, Mark> marks = new LinkedHashMap<>();
            JsonNode offsets = parts.get(3);
            List<String> columns = columnsOf(entry.getKey());
            for (int i = 0; excerpt != null && offsets != null && i < offsets.size() && i < columns.size(); i++) {
                if (!offsets.get(i).isNull()) {
                    int offset = offsets.get(i).asInt();
                    int end = excerpt.indexOf(' ', offset);
                    marks.put(columns.get(i), new Mark(offset, (end < 0 ? excerpt.length() : end) - offset));
                }
            }
            rows.put(entry.getKey(), new Place(number(parts.get(0)), number(parts.get(1)), excerpt, marks));
        });
        return new SourceRows(rows);
    }

    /** The columns of a row of 表三 or 表四 in the template's order (the order of its stored offsets); none for 表二. */
    private static List<String> columnsOf(String row) {
        if (row.startsWith("requests.")) {
            return Arrays.stream(ApplicantColumn.values()).map(ApplicantColumn::code).toList();
        }
        if (row.startsWith("reviews.")) {
            return Arrays.stream(ReviewOutcome.values()).map(ReviewOutcome::code).toList();
        }
        return List.of();
    }

    private static Integer number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }
}
