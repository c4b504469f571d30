package cn.nianbao.backend.parser.input;

import java.util.List;

import cn.nianbao.backend.parser.text.Line;

/** Test access to the text line builder from other packages. */
public final class TextLinesAccess {

    private TextLinesAccess() {
    }

    public static List<Line> lines(String text) {
        return TextLines.of(text);
    }
}
