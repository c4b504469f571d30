package cn.nianbao.backend.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import tools.jackson.databind.JsonNode;

/** The shared, hand-checked fixtures ({@code ../shared/fixtures}, or the path in system property nianbao.fixtures). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path directory() {
        String configured = System.getProperty("nianbao.fixtures");
        Path directory = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "fixtures");
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("fixtures not found at " + directory.toAbsolutePath()
                    + " (expected ../shared/fixtures next to the project)");
        }
        return directory;
    }

    public static List<Path> expectations() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(path -> path.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(Path file) {
        try {
            return ContractJson.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(String fileName) {
        try {
            return Files.readAllBytes(directory().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnnualReport report(String expectationFileName) {
        return ContractJson.read(json(directory().resolve(expectationFileName)));
    }
}
