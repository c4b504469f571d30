package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.contract.ContractJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every fixture — the built-in real reports, plus the shared folders when present — parsed by the library, equals
 * its hand-checked expectation cell by cell.
 */
class FixtureParsingTest {

    private final ReportParser parser = new ReportParser();

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesExactlyAsExpected(Fixtures.Fixture fixture) {
        ParseOutcome outcome = parser.parse(fixture.name(), fixture.bytes());

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        JsonNode actual = ContractJson.write(((ParseOutcome.Parsed) outcome).report());
        List<String> differences = ContractDiff.differences(fixture.expected(), actual);
        assertThat(differences).as("cells differing from the expectation of %s", fixture).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsNoAmbiguityOrUnreadableRowsOnTheFixtures(Fixtures.Fixture fixture) {
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) parser.parse(fixture.name(), fixture.bytes());

        assertThat(parsed.findings()).extracting(f -> f.code())
                .doesNotContain("AMBIGUOUS_CELL", "ROW_UNREADABLE", "TABLE_MISSING", "ROW_MISSING");
    }
}
