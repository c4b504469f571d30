package cn.nianbao.backend.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.backend.contract.ContractJson;
import tools.jackson.databind.JsonNode;

/**
 * The shared fixtures: every input file and its hand-checked expectation (drop a trailing {@code .txt}, add
 * {@code .expected.json}). The folder comes from the system property {@code nianbao.fixtures}, else
 * {@code ../shared/fixtures} next to the repository root.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path directory() {
        String property = System.getProperty("nianbao.fixtures");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/fixtures").normalize();
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("找不到 fixtures 目录：请设置 -Dnianbao.fixtures");
    }

    /** Every input document of the fixture folder, sorted by name. */
    public static List<Path> inputs() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Path> inputs = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
            if (inputs.isEmpty()) {
                throw new IllegalStateException("fixtures 目录为空：" + directory());
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expectationOf(Path input) {
        String name = input.getFileName().toString();
        String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return input.resolveSibling(stem + ".expected.json");
    }

    public static JsonNode expected(Path input) {
        return ContractJson.MAPPER.readTree(read(expectationOf(input)));
    }

    public static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path named(String name) {
        return directory().resolve(name);
    }

    public static String text(String name) {
        return new String(read(named(name)), java.nio.charset.StandardCharsets.UTF_8);
    }
}
