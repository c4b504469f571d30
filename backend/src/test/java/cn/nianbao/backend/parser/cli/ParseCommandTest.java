package cn.nianbao.backend.parser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.parser.ContractDiff;
import cn.nianbao.backend.parser.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The {@code parse} command end to end, in-process through {@link ParseCommand#run}. */
class ParseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... files) {
        return ParseCommand.run(files, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(ContractJson.MAPPER.readTree(line));
        }
        return lines;
    }

    @Test
    void printsOneLinePerFixtureInArgumentOrderMatchingTheExpectations(@TempDir Path dir) throws Exception {
        List<Fixtures.Fixture> fixtures = new ArrayList<>(Fixtures.all());
        java.util.Collections.reverse(fixtures); // argument order, not name order
        List<Path> inputs = new ArrayList<>();
        for (Fixtures.Fixture fixture : fixtures) {
            inputs.add(Files.write(dir.resolve(fixture.name()), fixture.bytes()));
        }

        int exit = run(inputs.stream().map(Path::toString).toArray(String[]::new));

        assertThat(exit).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode line = lines.get(i);
            assertThat(line.get("source").asString()).isEqualTo(inputs.get(i).toString());
            assertThat(line.get("findings").isArray()).isTrue();
            assertThat(ContractDiff.differences(fixtures.get(i).expected(), line))
                    .as("differences for %s", fixtures.get(i)).isEmpty();
        }
    }

    @Test
    void aFileThatCannotBeReadGivesAnErrorLineAndExitCodeOneAfterTheRest(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("垃圾.bin");
        Files.write(garbage, new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 7, 8, 9, 0, 0});
        Path good = Files.write(dir.resolve("石嘴镇.txt"), Fixtures.named("shizui-zhen_2023.txt").bytes());
        Path missing = dir.resolve("不存在.pdf");

        int exit = run(garbage.toString(), good.toString(), missing.toString());

        assertThat(exit).isEqualTo(1);
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("source").asString()).isEqualTo(garbage.toString());
        assertThat(lines.get(0).get("error").asString()).contains("垃圾.bin").contains("二进制");
        assertThat(lines.get(0).has("format")).isFalse();
        assertThat(lines.get(1).get("year").asInt()).isEqualTo(2023);
        assertThat(lines.get(2).get("error").asString()).contains("不存在.pdf").contains("文件不存在");
    }

    @Test
    void withoutFilesPrintsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("用法");
    }
}
