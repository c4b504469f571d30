package cn.nianbao.frontend.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.nianbao.frontend.i18n.Translations;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labels the template tables show match {@code contract/codes.md}, the contract with the parser and the backend:
 * every code there has a label here, and the label is the one codes.md gives for it. The project ships a copy of
 * codes.md with these tests; the team's own {@code shared/contract/codes.md} is checked too when it is beside the
 * checkout (a copy that drifted from it fails here).
 */
class CodesContractTest {

    private static final Translations ZH = new Translations();

    /** The copy shipped with the tests, and shared/contract/codes.md when it is there. */
    static Stream<Named<Path>> sources() throws URISyntaxException {
        Path shipped = Path.of(CodesContractTest.class.getResource("/contract/codes.md").toURI());
        String fixtures = System.getProperty("nianbao.fixtures", "../../shared/fixtures");
        Path shared = Path.of(fixtures).resolve("../contract/codes.md").normalize();
        return Files.isRegularFile(shared)
                ? Stream.of(Named.of("shipped codes.md", shipped), Named.of("shared codes.md", shared))
                : Stream.of(Named.of("shipped codes.md", shipped));
    }

    private static Map<String, Map<String, String>> codes(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "codes.md not found at " + file.toAbsolutePath());
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("## ")) {
                current = new LinkedHashMap<>();
                sections.put(line.substring(3).trim(), current);
            } else if (current != null && line.startsWith("| ") && !line.startsWith("| code") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                current.put(cells[1].trim(), cells[2].trim());
            }
        }
        return sections;
    }

    private static Map<String, String> section(Map<String, Map<String, String>> codes, String prefix) {
        return codes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow()
                .getValue();
    }

    private static String zh(String key) {
        String text = ZH.getTranslation(key, Locale.CHINA);
        assertTrue(!text.startsWith("!"), "no Chinese label for " + key);
        return text;
    }

    private static String compact(String text) {
        return text.replace(" ", "").replace("　", "");
    }

    @ParameterizedTest
    @MethodSource("sources")
    void table3RowsCarryTheLabelsOfCodesMd(Path codesMd) throws IOException {
        Map<String, String> rows = section(codes(codesMd), "requests: rows");
        assertEquals(26, rows.size());
        rows.forEach((code, label) -> assertTrue(compact(label).contains(compact(zh("requests.row." + code))),
                () -> code + ": codes.md says " + label + ", the table shows " + zh("requests.row." + code)));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void table3ColumnsCarryTheLabelsOfCodesMd(Path codesMd) throws IOException {
        Map<String, String> columns = section(codes(codesMd), "requests (");
        assertEquals(RequestsTable.COLUMNS, new ArrayList<>(columns.keySet()));
        columns.forEach((code, label) -> assertTrue(label.endsWith(zh("requests.column." + code)), code));
        assertTrue(columns.get("commercial").startsWith(zh("requests.column.group.organization")));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void table4GroupsAndOutcomesCarryTheLabelsOfCodesMd(Path codesMd) throws IOException {
        Map<String, String> reviews = section(codes(codesMd), "reviews");
        List<String> groups = new ArrayList<>();
        reviews.forEach((code, label) -> {
            if (code.contains(" / ")) {
                String[] outcomes = code.split(" / ");
                String[] labels = label.split(" / ");
                assertEquals(ReviewsTable.OUTCOMES, List.of(outcomes));
                for (int i = 0; i < outcomes.length; i++) {
                    assertEquals(labels[i], zh("reviews.outcome." + outcomes[i]));
                }
            } else {
                groups.add(code);
                assertTrue(label.endsWith(zh("reviews.group." + code)), code);
            }
        });
        assertEquals(ReviewsTable.GROUPS, groups);
    }

    @ParameterizedTest
    @MethodSource("sources")
    void table2RowsCarryTheLabelsOfCodesMd(Path codesMd) throws IOException {
        Map<String, String> proactive = section(codes(codesMd), "proactive");
        assertEquals(6, proactive.size());
        proactive.forEach((code, label) -> {
            String row = code.substring(0, code.indexOf('.'));
            assertTrue(label.contains(zh("proactive.row." + row)), row);
        });
        assertTrue(proactive.get("fees.amount_wan_yuan").contains(zh("proactive.column.amount_wan_yuan")));
        assertTrue(proactive.get("fees.amount_wan_yuan").startsWith(zh("proactive.article_20_8")));
    }

    @org.junit.jupiter.api.Test
    void theShippedCopyIsTheTeamsOneWhenThatIsThere() throws Exception {
        List<Path> files = sources().map(Named::getPayload).toList();
        org.junit.jupiter.api.Assumptions.assumeTrue(files.size() == 2, "no shared/contract/codes.md beside the checkout");
        assertEquals(Files.readString(files.get(1)), Files.readString(files.get(0)),
                "src/test/resources/contract/codes.md is a copy of shared/contract/codes.md: copy it again");
    }
}
