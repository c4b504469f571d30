package cn.nianbao.backend.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import tools.jackson.databind.JsonNode;

/**
 * The real documents the parser is tested on, each with its hand-checked expectation in contract form.
 *
 * <p>The built-in set is the four real reports the product ships as demo data ({@code /demo/samples/} on the
 * classpath: {@code X.txt} or {@code X.pdf} with {@code X.json}), so the tests need nothing beside the repository.
 * When the team's shared fixtures are next to the repository ({@code ../shared/fixtures}, or the folder named by the
 * system property {@code nianbao.fixtures}) and the documents the parser used to get wrong
 * ({@code ../shared/fixtures-more}, next to it), their cases are added; their absence never fails a test.
 */
public final class Fixtures {

    private static final String BUILT_IN = "/demo/samples/";
    private static final List<String> DOCUMENT_SUFFIXES = List.of(".txt", ".pdf", ".docx", ".html");

    private static volatile Map<String, Fixture> all;

    /** One input document and what it must parse to; {@code name} is its file name. */
    public record Fixture(String name, String origin, byte[] bytes, JsonNode expected) {

        public AnnualReport report() {
            return ContractJson.read(expected);
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public boolean isText() {
            return name.endsWith(".txt");
        }

        @Override
        public String toString() {
            return name + " (" + origin + ")";
        }
    }

    private Fixtures() {
    }

    /** Every fixture: the built-in ones first, then the shared folders' (a shared copy of a built-in file is skipped). */
    public static List<Fixture> all() {
        return List.copyOf(load().values());
    }

    /** The built-in fixtures only: always there. */
    public static List<Fixture> builtIn() {
        return load().values().stream().filter(f -> f.origin().equals("built-in")).toList();
    }

    public static List<Fixture> texts() {
        return all().stream().filter(Fixture::isText).toList();
    }

    /** A fixture by file name; fails when it is neither built in nor in a shared folder that is present. */
    public static Fixture named(String name) {
        Fixture fixture = load().get(name);
        if (fixture == null) {
            throw new IllegalArgumentException("no fixture named " + name + "; built in: "
                    + builtIn().stream().map(Fixture::name).toList());
        }
        return fixture;
    }

    /** The hand-checked values of a built-in report, e.g. {@code huaian-shi_2024}. */
    public static AnnualReport report(String stem) {
        return ContractJson.read(ContractJson.MAPPER.readTree(resource(BUILT_IN + stem + ".json")));
    }

    /** The shared fixture folder, when it is present. */
    public static Optional<Path> sharedDirectory() {
        String property = System.getProperty("nianbao.fixtures");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Optional.of(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/fixtures").normalize();
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The documents kept apart while the parser could not read them ({@code fixtures-more} beside the shared folder). */
    public static Optional<Path> moreDirectory() {
        return sharedDirectory().map(dir -> dir.resolveSibling("fixtures-more")).filter(Files::isDirectory);
    }

    private static Map<String, Fixture> load() {
        Map<String, Fixture> loaded = all;
        if (loaded == null) {
            loaded = new LinkedHashMap<>();
            for (Fixture fixture : builtInFixtures()) {
                loaded.put(fixture.name(), fixture);
            }
            for (Path dir : Stream.of(sharedDirectory(), moreDirectory()).flatMap(Optional::stream).toList()) {
                for (Fixture fixture : folder(dir)) {
                    loaded.putIfAbsent(fixture.name(), fixture);
                }
            }
            all = loaded;
        }
        return loaded;
    }

    private static List<Fixture> builtInFixtures() {
        Path samples = builtInDirectory();
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path json : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String stem = json.getFileName().toString().replaceFirst("\\.json$", "");
                for (String suffix : DOCUMENT_SUFFIXES) {
                    Path document = samples.resolve(stem + suffix);
                    if (Files.isRegularFile(document)) {
                        fixtures.add(new Fixture(stem + suffix, "built-in", Files.readAllBytes(document),
                                ContractJson.MAPPER.readTree(Files.readString(json))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fixtures.isEmpty()) {
            throw new IllegalStateException("the built-in fixtures are missing from " + samples);
        }
        return fixtures;
    }

    private static Path builtInDirectory() {
        URL url = Fixtures.class.getResource(BUILT_IN);
        if (url == null || !url.getProtocol().equals("file")) {
            throw new IllegalStateException("the built-in fixtures " + BUILT_IN + " are not a folder on the classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shared folder: every input {@code F} with {@code F} minus {@code .txt} plus {@code .expected.json}. */
    private static List<Fixture> folder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Fixture> fixtures = new ArrayList<>();
            for (Path input : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = input.getFileName().toString();
                if (name.endsWith(".expected.json") || name.endsWith(".md")) {
                    continue;
                }
                String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
                Path expected = input.resolveSibling(stem + ".expected.json");
                if (Files.isRegularFile(expected)) {
                    fixtures.add(new Fixture(name, dir.getFileName().toString(), Files.readAllBytes(input),
                            ContractJson.MAPPER.readTree(Files.readString(expected))));
                }
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
