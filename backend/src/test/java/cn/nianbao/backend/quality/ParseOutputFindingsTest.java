package cn.nianbao.backend.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.parser.cli.ParseCommand;
import cn.nianbao.backend.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The parse command gives every single-report finding of the quality rules with each document, as the stored
 * version will have them: the same function, without a database.
 */
class ParseOutputFindingsTest {

    @Test
    void theRealDocumentsWithTheirFindings() {
        List<JsonNode> lines = parse(Fixtures.document("shizui-zhen_2023").toString(),
                Fixtures.document("hongze-qu_2023").toString(), Fixtures.document("huaian-shi_2024").toString());

        assertThat(codes(lines.get(0))).containsExactlyInAnyOrder("SIGNED_EARLY:warning", "TABLE_REPEATED:warning");
        assertThat(codes(lines.get(1))).containsExactly("T4_SUM:error", "T4_SUM:error");
        assertThat(lines.get(1).get("findings").get(0).get("cells").get(0).asString())
                .isEqualTo("reviews.administrative_review.upheld");
        assertThat(codes(lines.get(2))).noneMatch(code -> code.endsWith(":error"));
    }

    private static List<String> codes(JsonNode line) {
        List<String> codes = new ArrayList<>();
        line.get("findings").forEach(f -> codes.add(f.get("code").asString() + ":" + f.get("severity").asString()));
        return codes;
    }

    private static List<JsonNode> parse(String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ParseCommand.run(files, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        List<JsonNode> lines = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8).lines().forEach(line -> lines.add(ContractJson.MAPPER.readTree(line)));
        return lines;
    }
}
