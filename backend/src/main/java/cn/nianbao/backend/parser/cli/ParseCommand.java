package cn.nianbao.backend.parser.cli;

import java.io.PrintStream;

/** {@code parse FILE...}: one JSON line per file. Placeholder until the parser lands. */
public final class ParseCommand {

    private ParseCommand() {
    }

    public static int run(String[] files, PrintStream out, PrintStream err) {
        err.println("parse: not implemented yet");
        return 2;
    }
}
