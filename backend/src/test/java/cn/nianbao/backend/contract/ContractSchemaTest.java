package cn.nianbao.backend.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.stream.Stream;

import cn.nianbao.backend.support.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ContractSchemaTest {

    /** When the team's shared contract is next to the project (CI has it), the shipped copy is byte for byte it. */
    @TestFactory
    Stream<DynamicTest> theShippedSchemaIsTheSharedContract() {
        return Fixtures.shared().map(fixtures -> fixtures.resolve("../contract/report.schema.json"))
                .filter(Files::isRegularFile).stream()
                .map(shared -> DynamicTest.dynamicTest(shared.normalize().toString(), () -> {
                    try (InputStream shipped = ContractSchema.class.getResourceAsStream("/contract/report.schema.json")) {
                        assertThat(shipped).isNotNull();
                        assertThat(shipped.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
                    }
                }));
    }

    @Test
    void namesEachWrongFieldByItsContractPath() {
        var errors = ContractSchema.validate(ContractJson.MAPPER.readTree("""
                {"format": "2022", "agency": 5, "year": 2023,
                 "requests": {"new_received": {"natural_person": "三", "total": 1.5}, "bogus_row": {}},
                 "reviews": {"administrative_review": {"upheld": 1, "overturned": 0}}}
                """));

        assertThat(errors).extracting(ContractSchema.FieldError::field).containsExactlyInAnyOrder(
                "format", "agency", "requests.new_received.natural_person", "requests.new_received.total",
                "requests.bogus_row", "reviews.administrative_review.overturned");
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void requiresFormatAgencyAndYear() {
        var errors = ContractSchema.validate(ContractJson.MAPPER.readTree("{\"agency\": null}"));

        assertThat(errors).extracting(ContractSchema.FieldError::field).containsExactlyInAnyOrder("format", "year");
        assertThat(errors).extracting(ContractSchema.FieldError::message).containsOnly("缺少必填字段");
    }
}
