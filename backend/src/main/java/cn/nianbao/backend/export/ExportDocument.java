package cn.nianbao.backend.export;

import java.util.List;

/**
 * A table file's content: its title, the lines under it (region, years, bodies, the date of the data, 年报通), the
 * grids and the notes under them.
 */
public record ExportDocument(String title, List<String> lines, List<Grid> grids, List<String> notes) {

    public ExportDocument {
        lines = List.copyOf(lines);
        grids = List.copyOf(grids);
        notes = List.copyOf(notes);
    }
}
