package cn.nianbao.backend.parser.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ParsedJson;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.parser.ocr.OcrSettings;

/**
 * {@code parse FILE...}: one JSON line per file, in argument order (JSON Lines). A file that cannot be read as a
 * report gives {@code {"source": …, "error": …}}; the exit code is 1 when any file failed, 0 otherwise, 2 without
 * files. Starts no Spring context.
 */
public final class ParseCommand {

    private ParseCommand() {
    }

    public static int run(String[] files, PrintStream out, PrintStream err) {
        if (files.length == 0) {
            err.println("用法：parse 文件...（每个文件输出一行 JSON）");
            return 2;
        }
        boolean failed = false;
        PrintStream standardOut = System.out;
        // Standard output carries JSON Lines only: library logging and stray prints go to standard error.
        System.setOut(err);
        try (ReportParser parser = new ReportParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT, 1, 1)) {
            for (String file : files) {
                ParseOutcome outcome = parse(parser, file);
                failed |= outcome instanceof ParseOutcome.Failed;
                out.println(ContractJson.MAPPER.writeValueAsString(ParsedJson.of(outcome)));
            }
        } finally {
            System.setOut(standardOut);
            out.flush();
        }
        return failed ? 1 : 0;
    }

    private static ParseOutcome parse(ReportParser parser, String file) {
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                return new ParseOutcome.Failed(file, "这是一个目录，不是文件");
            }
            long size = Files.size(path);
            long max = parser.limits().maxBytes();
            if (size > max) {
                return new ParseOutcome.Failed(file, "文件过大（" + size / (1024 * 1024) + " MB，上限 " + max / (1024 * 1024) + " MB）");
            }
            return parser.parse(file, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return new ParseOutcome.Failed(file, "文件不存在");
        } catch (IOException | InvalidPathException | SecurityException e) {
            return new ParseOutcome.Failed(file, "无法读取文件（" + e.getClass().getSimpleName() + "）");
        }
    }
}
