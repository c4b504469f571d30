package cn.nianbao.backend.parser.input;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.parser.text.Line;

/**
 * A document brought to lines in reading order, whatever form it came in (each line numbered from 1), with what the page around it said (a web
 * page's or a crawler's publication date, address and publishing body) and whether its text was read by OCR from page images.
 */
public record SourceText(MediaKind kind, List<Line> lines, WebPage page, boolean readByOcr) {

    public SourceText {
        lines = numbered(lines);
        page = page == null ? WebPage.NONE : page;
    }

    public SourceText(MediaKind kind, List<Line> lines) {
        this(kind, lines, WebPage.NONE, false);
    }

    public SourceText(MediaKind kind, List<Line> lines, WebPage page) {
        this(kind, lines, page, false);
    }

    /** Each line with its 1-based number among the lines, so that what is read from it can say where. */
    private static List<Line> numbered(List<Line> lines) {
        List<Line> numbered = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(lines.get(i).numbered(i + 1));
        }
        return List.copyOf(numbered);
    }

    /**
     * The publication date, address and publishing body (发布机构) a crawler recorded with the page; null where it
     * recorded none.
     */
    public record WebPage(LocalDate publishedOn, String url, String publisher) {
        public static final WebPage NONE = new WebPage(null, null, null);
    }
}
