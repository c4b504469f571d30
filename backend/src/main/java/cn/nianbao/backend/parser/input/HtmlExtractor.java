package cn.nianbao.backend.parser.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.text.Line;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Lines of an HTML page with jsoup: block elements become text lines, data tables become rows with rowspan/colspan
 * expanded. Scripts, styles and form controls are dropped; site menus and link lists stay as text, which the report
 * readers skip because they look for the report's own headings and table labels. A table that holds other tables is
 * page layout, so its cells are read as blocks.
 */
public final class HtmlExtractor {

    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "select",
            "option", "button", "iframe", "object", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "nav", "aside", "main", "br", "hr", "dd", "dt", "dl",
            "blockquote", "pre", "address", "center", "form", "figure", "figcaption", "caption", "tr", "td", "th",
            "table", "tbody", "thead", "tfoot", "title");

    private HtmlExtractor() {
    }

    public static List<Line> extract(byte[] bytes, ParseLimits limits) {
        String html = TextDecoder.decode(bytes, declaredCharset(bytes));
        limits.checkText(html.length());
        // Elements nested deeper than the limit are attached at the limit, so walking the tree cannot overflow.
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(limits.maxNesting()));
        List<Line> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        // The report's title goes first, before site menus that may list other years' reports: the page's own
        // heading naming the report, else the page title.
        Element heading = document.select("h1, h2, h3").stream()
                .filter(h -> h.text().contains("年度报告") || h.text().contains("年报")).findFirst()
                .orElse(document.selectFirst("title"));
        if (heading != null) {
            lines.add(TextLines.line(heading.text()));
        }
        walk(document.body(), lines, pending);
        flush(pending, lines);
        return lines;
    }

    private static void walk(Node node, List<Line> lines, StringBuilder pending) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                pending.append(text.getWholeText().replace('\n', ' '));
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (DROPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("table") && element.getElementsByTag("table").size() == 1) {
                    flush(pending, lines);
                    table(element, lines);
                } else if (tag.equals("pre")) {
                    flush(pending, lines);
                    for (String line : element.wholeText().split("\r\n|\r|\n")) {
                        lines.add(TextLines.line(line));
                    }
                } else if (BLOCKS.contains(tag)) {
                    flush(pending, lines);
                    walk(element, lines, pending);
                    flush(pending, lines);
                } else {
                    walk(element, lines, pending);
                }
            }
        }
    }

    private static void table(Element table, List<Line> lines) {
        List<List<GridRows.SpannedCell>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<GridRows.SpannedCell> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(new GridRows.SpannedCell(cellText(cell), span(cell, "rowspan"), span(cell, "colspan")));
                }
            }
            rows.add(cells);
        }
        List<List<GridRows.Cell>> grid = GridRows.expand(rows);
        if (GridRows.isPlaceholder(grid)) {
            return;
        }
        for (List<GridRows.Cell> row : grid) {
            lines.add(GridRows.toLine(row));
        }
        lines.add(new Line("", List.of()));
    }

    /** A cell's text with its paragraphs joined: a label wrapped inside a cell is one label. */
    private static String cellText(Element cell) {
        return cell.text();
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        try {
            return value.isEmpty() ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void flush(StringBuilder pending, List<Line> lines) {
        if (!pending.toString().isBlank()) {
            for (String line : OneLineBody.split(pending.toString())) {
                lines.add(TextLines.line(line));
            }
        }
        pending.setLength(0);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head.toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return null;
        }
        try {
            String name = matcher.group(1);
            return Charset.forName(name.equals("gb2312") || name.equals("gbk") ? "GB18030" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
