package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.ContractJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text fixtures, mutated: value-preserving mutations (whitespace noise, full-width digits, spaces inside labels,
 * wrapped labels) must give exactly the expected values; destructive ones (truncation, flipped bytes) must still end
 * in a report or a clear error, never an exception.
 */
class MutationPropertiesTest {

    private static final Pattern SUB_ROW_LABEL = Pattern.compile("\\s*(\\d[.、．]|（[一二三四五六七]）)[^\\d]{5,}");

    private final ReportParser parser = new ReportParser();

    @Provide
    Arbitrary<String> textFixtures() {
        return Arbitraries.of(Fixtures.texts().stream().map(Fixtures.Fixture::name).toList());
    }

    @Provide
    Arbitrary<String> binaryFixtures() {
        return Arbitraries.of(Fixtures.all().stream().filter(f -> !f.isText()).map(Fixtures.Fixture::name).toList());
    }

    private void assertValuesUnchanged(String fixture, String mutated) {
        ParseOutcome outcome = parser.parse(fixture, mutated.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        List<String> differences = ContractDiff.differences(Fixtures.named(fixture).expected(),
                ContractJson.write(((ParseOutcome.Parsed) outcome).report()));
        assertThat(differences).isEmpty();
    }

    @Property(tries = 60)
    void trailingWhitespaceNoiseChangesNothing(@ForAll("textFixtures") String fixture, @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (String line : Fixtures.named(fixture).text().split("\n", -1)) {
            out.append(line);
            for (int n = random.nextInt(4); n > 0; n--) {
                out.append(" \t\u3000".charAt(random.nextInt(3)));
            }
            out.append('\n');
        }
        assertValuesUnchanged(fixture, out.toString());
    }

    @Property(tries = 60)
    void fullWidthDigitsChangeNothing(@ForAll("textFixtures") String fixture, @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (char c : Fixtures.named(fixture).text().toCharArray()) {
            out.append(c >= '0' && c <= '9' && random.nextBoolean() ? (char) (c - '0' + '０') : c);
        }
        assertValuesUnchanged(fixture, out.toString());
    }

    @Property(tries = 60)
    void spacesInsideLabelsChangeNothing(@ForAll("textFixtures") String fixture, @ForAll long seed) {
        Random random = new Random(seed);
        String text = Fixtures.named(fixture).text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (i + 1 < text.length() && isCjk(text.charAt(i)) && isCjk(text.charAt(i + 1)) && random.nextInt(4) == 0) {
                out.append(' ');
            }
        }
        assertValuesUnchanged(fixture, out.toString());
    }

    @Property(tries = 60)
    void wrappedRowLabelsChangeNothing(@ForAll("textFixtures") String fixture, @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (String line : Fixtures.named(fixture).text().split("\n", -1)) {
            String cell = line.startsWith("\t") ? line.substring(1) : line;
            if (SUB_ROW_LABEL.matcher(cell).matches() && random.nextInt(3) == 0) {
                int cut = line.length() - 1 - random.nextInt(3);
                out.append(line, 0, cut).append('\n').append(line.substring(cut)).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        assertValuesUnchanged(fixture, out.toString());
    }

    @Property(tries = 80)
    void truncatedTextEndsInAReportOrAClearError(@ForAll("textFixtures") String fixture, @ForAll long seed) {
        String text = Fixtures.named(fixture).text();
        String cut = text.substring(0, new Random(seed).nextInt(text.length() + 1));
        ParseOutcome outcome = parser.parse(fixture, cut.getBytes(StandardCharsets.UTF_8));
        assertDefinedOutcome(outcome, fixture);
    }

    @Property(tries = 20)
    void flippedBytesInPdfAndDocxEndInAReportOrAClearError(@ForAll("binaryFixtures") String fixture, @ForAll long seed) {
        byte[] bytes = Fixtures.named(fixture).bytes().clone();
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        assertDefinedOutcome(parser.parse(fixture, bytes), fixture);
    }

    private static void assertDefinedOutcome(ParseOutcome outcome, String fixture) {
        assertThat(outcome).isNotNull();
        if (outcome instanceof ParseOutcome.Failed failed) {
            assertThat(failed.message()).contains(fixture);
        } else {
            assertThat(((ParseOutcome.Parsed) outcome).report().format()).isNotNull();
        }
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
