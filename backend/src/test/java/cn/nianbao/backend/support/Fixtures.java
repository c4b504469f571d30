package cn.nianbao.backend.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import tools.jackson.databind.JsonNode;

/**
 * Hand-checked reports for the backend's tests. The built-in set is what the product itself ships as demo data:
 * the real published documents in {@code demo/samples} with their hand-checked values ({@code NAME.json} beside
 * {@code NAME.txt} or {@code NAME.pdf}), so the tests run in a clone with nothing next to it. The team's shared
 * fixtures ({@code ../shared/fixtures}, or the folder in system property {@code nianbao.fixtures}) add more cases
 * when they are there ({@code NAME.expected.json}); a name in both sets is the same report.
 */
public final class Fixtures {

    private static final String BUILT_IN = "/demo/samples";
    private static final String SHARED_SUFFIX = ".expected.json";

    /** One hand-checked report: its name (e.g. {@code hongze-qu_2023}), its values, its document if there is one. */
    public record Fixture(String name, Path expectation, Path document) {

        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {
    }

    /** The shared fixtures folder, when it is there. */
    public static Optional<Path> shared() {
        String configured = System.getProperty("nianbao.fixtures");
        Path directory = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "fixtures");
        return Files.isDirectory(directory) ? Optional.of(directory) : Optional.empty();
    }

    /** Every report with its values: the built-in set, then those only the shared fixtures have, by name. */
    public static List<Fixture> all() {
        TreeMap<String, Fixture> byName = new TreeMap<>();
        shared().ifPresent(directory -> list(directory).stream()
                .filter(file -> file.getFileName().toString().endsWith(SHARED_SUFFIX))
                .map(file -> new Fixture(stem(file, SHARED_SUFFIX), file, null))
                // one per report: hongze-qu_2023.pdf.expected.json repeats hongze-qu_2023.expected.json
                .filter(fixture -> fixture.name().indexOf('.') < 0)
                .forEach(fixture -> byName.put(fixture.name(), new Fixture(fixture.name(), fixture.expectation(),
                        documentOf(directory, fixture.name())))));
        Path builtIn = builtInFolder();
        for (Path file : list(builtIn)) {
            if (file.getFileName().toString().endsWith(".json")) {
                String name = stem(file, ".json");
                byName.put(name, new Fixture(name, file, documentOf(builtIn, name)));
            }
        }
        return List.copyOf(byName.values());
    }

    /** The built-in reports only: those the product ships, each with its original document. */
    public static List<Fixture> builtIn() {
        return all().stream().filter(fixture -> fixture.expectation().startsWith(builtInFolder())).toList();
    }

    /** Every expectation file, built-in and shared (the shared set has one per rendering of a document). */
    public static List<Path> expectations() {
        List<Path> files = new ArrayList<>(list(builtInFolder()).stream()
                .filter(file -> file.getFileName().toString().endsWith(".json")).toList());
        shared().ifPresent(directory -> files.addAll(list(directory).stream()
                .filter(file -> file.getFileName().toString().endsWith(SHARED_SUFFIX)).toList()));
        return files;
    }

    public static Fixture named(String name) {
        return all().stream().filter(fixture -> fixture.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no fixture " + name));
    }

    /** The hand-checked values of a report, in contract form. */
    public static AnnualReport report(String name) {
        return ContractJson.read(json(named(name).expectation()));
    }

    /** The hand-checked values of a report as JSON text. */
    public static String text(String name) {
        return new String(read(named(name).expectation()), StandardCharsets.UTF_8);
    }

    /** The original document a report was read from. */
    public static Path document(String name) {
        Path document = named(name).document();
        if (document == null) {
            throw new IllegalStateException("fixture " + name + " has no document");
        }
        return document;
    }

    public static JsonNode json(Path file) {
        return ContractJson.MAPPER.readTree(read(file));
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path builtInFolder() {
        URL folder = Fixtures.class.getResource(BUILT_IN);
        if (folder == null) {
            throw new IllegalStateException("the demo samples are missing from the classpath: " + BUILT_IN);
        }
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document beside the values: the first file named {@code NAME.} that holds no values. */
    private static Path documentOf(Path directory, String name) {
        return list(directory).stream()
                .filter(file -> {
                    String fileName = file.getFileName().toString();
                    return fileName.startsWith(name + ".") && !fileName.endsWith(".json")
                            && fileName.substring(name.length() + 1).indexOf('.') < 0;
                })
                .findFirst().orElse(null);
    }

    private static String stem(Path file, String suffix) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - suffix.length());
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
