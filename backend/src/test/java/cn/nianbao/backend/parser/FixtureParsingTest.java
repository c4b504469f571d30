package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import cn.nianbao.backend.contract.ContractJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every shared fixture, parsed by the library, equals its hand-checked expectation cell by cell. */
class FixtureParsingTest {

    private final ReportParser parser = new ReportParser();

    static List<Path> inputs() {
        return Fixtures.inputs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesExactlyAsExpected(Path input) {
        ParseOutcome outcome = parser.parse(input.getFileName().toString(), Fixtures.read(input));

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        JsonNode actual = ContractJson.write(((ParseOutcome.Parsed) outcome).report());
        List<String> differences = ContractDiff.differences(Fixtures.expected(input), actual);
        assertThat(differences).as("cells differing from %s", Fixtures.expectationOf(input).getFileName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void reportsNoAmbiguityOrUnreadableRowsOnTheFixtures(Path input) {
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) parser.parse(input.toString(), Fixtures.read(input));

        assertThat(parsed.findings()).extracting(f -> f.code())
                .doesNotContain("AMBIGUOUS_CELL", "ROW_UNREADABLE", "TABLE_MISSING", "ROW_MISSING");
    }
}
