package cn.nianbao.backend.parser.input;

import java.util.List;

import cn.nianbao.backend.parser.text.Line;

/** A document brought to lines in reading order, whatever form it came in. */
public record SourceText(MediaKind kind, List<Line> lines) {

    public SourceText {
        lines = List.copyOf(lines);
    }
}
