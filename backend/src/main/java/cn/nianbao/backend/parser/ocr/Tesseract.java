package cn.nianbao.backend.parser.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import cn.nianbao.backend.parser.UnreadableDocumentException;

/**
 * Tesseract, run as a separate process per page ({@code tesseract IMAGE stdout -l LANG --psm N tsv}): a crash or a
 * runaway page cannot take the service down, its time is bounded (the process is killed at the page timeout) and so
 * is its memory ({@code ulimit -v} where a POSIX shell exists); it uses one thread ({@code OMP_THREAD_LIMIT=1}). The
 * word boxes of its TSV output place every word on the page.
 */
public final class Tesseract {

    /** Languages the parser needs: Chinese for the text, English (Tesseract's default pack) for digit-only cells. */
    private static final List<String> LANGUAGES = List.of("chi_sim", "eng");
    /** Output above this is not a page of words. */
    private static final int MAX_OUTPUT = 16 * 1024 * 1024;
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(15);
    private static final Map<String, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();

    /**
     * One recognised word: its image (the page, or the n-th image of a batch), the line Tesseract put it on (unique
     * within the image), box, confidence (0–100) and text.
     */
    public record Word(int image, int line, int left, int top, int width, int height, double confidence, String text) {

        public double centerX() {
            return left + width / 2.0;
        }

        public double centerY() {
            return top + height / 2.0;
        }
    }

    private final OcrSettings settings;

    public Tesseract(OcrSettings settings) {
        this.settings = settings;
    }

    /**
     * What keeps OCR from working here, in Chinese with how to fix it; empty when Tesseract and its Chinese data are
     * installed. Checked once per command.
     */
    public static Optional<String> problem(OcrSettings settings) {
        if (!settings.enabled()) {
            return Optional.of("文字识别（OCR）已关闭（nianbao.parser.ocr.tesseract 为空）");
        }
        return PROBLEMS.computeIfAbsent(settings.tesseract(), Tesseract::check);
    }

    private static Optional<String> check(String command) {
        String install = "请安装 Tesseract 及其中文识别数据：Debian/Ubuntu 执行 sudo apt-get install tesseract-ocr "
                + "tesseract-ocr-chi-sim；macOS 执行 brew install tesseract tesseract-lang；Windows 安装 UB Mannheim 版 "
                + "Tesseract 并勾选 Chinese (Simplified)，然后把 tesseract 加入 PATH（或设置 NIANBAO_TESSERACT）";
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String output = read(process.getInputStream(), MAX_OUTPUT);
            if (!process.waitFor(CHECK_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("Tesseract（" + command + "）没有响应。" + install);
            }
            List<String> missing = LANGUAGES.stream().filter(language -> !output.lines()
                    .map(String::strip).toList().contains(language)).toList();
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of("Tesseract 缺少识别数据 " + String.join("、", missing) + "。" + install);
        } catch (IOException e) {
            return Optional.of("找不到文字识别程序 Tesseract（" + command + "）。" + install);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("检查 Tesseract 时被中断");
        }
    }

    /**
     * The words of an image ({@code images} of one page: the page itself, or a list file naming many small images,
     * whose words then carry the image's index).
     *
     * @param whitelist characters allowed, or null for any
     */
    public List<Word> words(Path image, String language, int pageSegmentation, String whitelist, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(settings.tesseract());
        command.add(image.toString());
        command.add("stdout");
        command.addAll(List.of("-l", language, "--psm", Integer.toString(pageSegmentation)));
        if (whitelist != null) {
            command.addAll(List.of("-c", "tessedit_char_whitelist=" + whitelist));
        }
        command.add("tsv");
        return parse(run(command, image.resolveSibling(image.getFileName() + ".tsv"), timeout));
    }

    private String run(List<String> command, Path output, Duration timeout) {
        List<String> bounded = new ArrayList<>();
        if (settings.processMemoryBytes() > 0 && Files.isExecutable(Path.of("/bin/sh"))) {
            // the shell limits the address space of the process it then becomes: a page cannot exhaust the machine
            bounded.addAll(List.of("/bin/sh", "-c", "ulimit -v " + settings.processMemoryBytes() / 1024
                    + " 2>/dev/null; exec \"$0\" \"$@\""));
        }
        bounded.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(bounded).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(output.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = null;
        try {
            process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new UnreadableDocumentException("扫描件文字识别超时（一页超过 " + timeout.toSeconds() + " 秒）");
            }
            if (process.exitValue() != 0) {
                throw new UnreadableDocumentException("扫描件文字识别失败（Tesseract 退出码 " + process.exitValue() + "）");
            }
            if (Files.size(output) > MAX_OUTPUT) {
                throw new UnreadableDocumentException("扫描件文字识别结果异常（输出过大）");
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法运行文字识别程序 Tesseract（" + e.getMessage() + "）", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("扫描件文字识别被中断", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static String read(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max);
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Words (TSV level 5) with their text; the header line and empty boxes are skipped. */
    static List<Word> parse(String tsv) {
        List<Word> words = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length < 12 || !fields[0].equals("5")) {
                continue;
            }
            String text = fields[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                int lineId = Integer.parseInt(fields[2]) * 1_000_000 + Integer.parseInt(fields[3]) * 1000
                        + Integer.parseInt(fields[4]);
                words.add(new Word(Integer.parseInt(fields[1]) - 1, lineId, Integer.parseInt(fields[6]),
                        Integer.parseInt(fields[7]), Integer.parseInt(fields[8]), Integer.parseInt(fields[9]),
                        Double.parseDouble(fields[10]), text));
            } catch (NumberFormatException e) {
                // a malformed line is skipped
            }
        }
        return words;
    }
}
