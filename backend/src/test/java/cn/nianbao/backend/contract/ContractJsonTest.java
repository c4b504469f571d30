package cn.nianbao.backend.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.JsonComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContractJsonTest {

    static Stream<Path> expectations() {
        return Fixtures.expectations().stream();
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void everyFixtureSurvivesReadAndWriteUnchanged(Path file) {
        JsonNode original = Fixtures.json(file);

        JsonNode written = ContractJson.write(ContractJson.read(original));

        assertThat(JsonComparison.sameJson(written, original)).as("%s%nwritten:  %s%noriginal: %s", file.getFileName(),
                written, original).isTrue();
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void everyFixtureFollowsTheSchema(Path file) {
        assertThat(ContractSchema.validate(Fixtures.json(file))).isEmpty();
    }

    @Test
    void keepsPrintedZeroBlankAndMissingApart() {
        AnnualReport report = Fixtures.report("hongze-qu_2023");

        assertThat(report.request(RequestRow.CARRIED_OVER, ApplicantColumn.TOTAL)).isZero();
        assertThat(report.requests()).containsKey(RequestRow.OTHER_UNSPLIT).doesNotContainKey(RequestRow.OTHER_OTHER);
        // as the blank template prints it: every cell of the row empty
        AnnualReport blank = ContractJson.read(ContractJson.MAPPER.readTree("""
                {"format": "2021", "agency": null, "year": null, "signed_on": null,
                 "requests": {"new_received": {"natural_person": null, "commercial": null, "research": null,
                   "public_interest": null, "legal_services": null, "other": null, "total": null}}}
                """));
        assertThat(blank.requests().get(RequestRow.NEW_RECEIVED)).isEqualTo(ApplicantCounts.BLANK);
        assertThat(blank.agency()).isNull();
    }

    @Test
    void feesKeepTheirPrintedValueInShortestForm() {
        assertThat(ProactiveCells.fees(new BigDecimal("7545.0000")).amountWanYuan()).isEqualByComparingTo("7545")
                .hasToString("7545");
        assertThat(ProactiveCells.fees(new BigDecimal("7730.2800")).amountWanYuan()).hasToString("7730.28");
        assertThat(ProactiveCells.fees(BigDecimal.ZERO).amountWanYuan()).hasToString("0");
    }

    @Test
    void readingNamesTheFieldThatBreaksTheContract() {
        JsonNode negative = ContractJson.MAPPER.readTree(
                "{\"format\":\"2021\",\"agency\":\"x\",\"year\":2023,\"reviews\":{\"litigation_direct\":{\"total\":-2}}}");
        JsonNode unknownRow = ContractJson.MAPPER.readTree(
                "{\"format\":\"2021\",\"agency\":\"x\",\"year\":2023,\"requests\":{\"new_recieved\":{}}}");

        assertThatThrownBy(() -> ContractJson.read(negative)).isInstanceOf(ContractViolation.class)
                .extracting(e -> ((ContractViolation) e).path()).isEqualTo("reviews.litigation_direct.total");
        assertThatThrownBy(() -> ContractJson.read(unknownRow)).isInstanceOf(ContractViolation.class)
                .extracting(e -> ((ContractViolation) e).path()).isEqualTo("requests.new_recieved");
    }
}
