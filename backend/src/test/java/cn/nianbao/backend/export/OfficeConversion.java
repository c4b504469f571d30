package cn.nianbao.backend.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless and poppler, as a person's machine would open a file: {@code soffice --convert-to pdf}, then
 * {@code pdftoppm} (pages as PNG, next to the file) and {@code pdftotext} (the text layer, without white space).
 * LibreOffice runs with a profile of its own and a fontconfig file that adds the shipped Chinese font.
 */
final class OfficeConversion {

    private final Path fontConfig;
    private final Path profile;
    private final Path home;

    private OfficeConversion(Path fontConfig, Path profile, Path home) {
        this.fontConfig = fontConfig;
        this.profile = profile;
        this.home = home;
    }

    /** Skips the test without soffice and pdftoppm, except in CI ({@code CI=true}), where their absence fails. */
    static OfficeConversion find() throws IOException {
        boolean present = onPath("soffice") && onPath("pdftoppm") && onPath("pdftotext");
        if (!present) {
            String message = "LibreOffice (soffice) or poppler (pdftoppm, pdftotext) is not installed: apt-get install "
                    + "--no-install-recommends libreoffice-impress libreoffice-calc libreoffice-writer poppler-utils";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.assumeTrue(false, message);
        }
        Path home = Files.createTempDirectory("nianbao-office");
        Path fonts = Files.createDirectories(home.resolve("fonts"));
        try (InputStream font = OfficeConversion.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            Files.copy(font, fonts.resolve("wqy-microhei.ttc"));
        }
        Path config = fontConfig(home.resolve("fonts.conf"), "<dir>" + fonts + "</dir>", home.resolve("cache"));
        return new OfficeConversion(config, home.resolve("profile"), home);
    }

    /**
     * LibreOffice with the machine's fonts only, as on a reader's machine without the shipped font (and, where the
     * machine has no Chinese font, without any): for a file that embeds the font itself.
     */
    OfficeConversion withoutShippedFont() throws IOException {
        Path config = fontConfig(home.resolve("machine-fonts.conf"), "", home.resolve("machine-cache"));
        return new OfficeConversion(config, home.resolve("machine-profile"), home);
    }

    /** The names of the fonts the converted file's first page uses (LibreOffice embeds each it draws with). */
    static List<String> fonts(Path pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var resources = document.getPage(0).getResources();
            List<String> names = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName());
            }
            return names;
        }
    }

    /** The machine's fontconfig, {@code more} added to it (a font folder), with a cache of its own. */
    private static Path fontConfig(Path file, String more, Path cache) throws IOException {
        return Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  %s
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(more, cache));
    }

    /** The file as LibreOffice prints it to PDF; the pages as PNG beside it. */
    Path pdf(Path file) throws IOException, InterruptedException {
        Path dir = file.getParent();
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), file.toString()));
        String base = file.getFileName().toString().replaceAll("\\.[a-z]+$", "");
        Path pdf = dir.resolve(base + ".pdf");
        assertThat(pdf).as("LibreOffice converted " + file.getFileName()).exists();
        Path named = dir.resolve(base + "-" + file.getFileName().toString().replaceAll(".*\\.", "") + ".pdf");
        Files.move(pdf, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        run(List.of("pdftoppm", "-r", "80", "-png", named.toString(), named.toString().replace(".pdf", "")));
        return named;
    }

    /** The text layer of the converted file, white space removed. */
    String text(Path file) throws IOException, InterruptedException {
        Path pdf = pdf(file);
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString()));
        return Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s", "");
    }

    long pages(Path file) throws IOException {
        String base = file.getFileName().toString().replaceAll("\\.[a-z]+$", "") + "-"
                + file.getFileName().toString().replaceAll(".*\\.", "");
        try (var pngs = Files.list(file.getParent())) {
            return pngs.filter(p -> p.getFileName().toString().startsWith(base)
                    && p.getFileName().toString().endsWith(".png")).count();
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FONTCONFIG_FILE", fontConfig.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.getFirst() + " did not finish in 300 s");
        }
        assertThat(process.exitValue()).as(command.getFirst() + ": " + output).isZero();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
