package cn.nianbao.backend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.support.BackendIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The answers are written through Blackbird's accessors, and read the same: snake_case, ISO days, nulls kept. */
@BackendIntegrationTest
class JsonWritingTest {

    @Autowired
    JsonMapper json;

    record Cell(int year, Integer versionNo, LocalDate publishedOn, BigDecimal reportedRate, List<String> notes) {
    }

    @Test
    void recordsAreWrittenThroughBlackbirdAsTheApiSpeaks() {
        assertThat(json.registeredModules()).extracting(JacksonModule::getModuleName).contains("BlackbirdModule");

        String written = json.writeValueAsString(new Cell(2024, null, LocalDate.of(2025, 1, 20),
                new BigDecimal("0.9512"), List.of("逾期")));

        assertThat(written).isEqualTo("{\"year\":2024,\"version_no\":null,\"published_on\":\"2025-01-20\","
                + "\"reported_rate\":0.9512,\"notes\":[\"逾期\"]}");
    }
}
