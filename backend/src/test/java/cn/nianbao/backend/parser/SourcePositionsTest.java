package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.RequestRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Findings on table cells of a parsed document say where the cells were read: the line of their row (its number
 * among the document's lines, the page for a PDF) and that line's text — on the real demo documents.
 */
class SourcePositionsTest {

    private static final Set<String> CELL_RULES = Set.of("T3_BALANCE", "T3_COLUMN_SUM", "T3_OUTCOME_SUM", "T4_SUM",
            "NEGATIVE_VALUE", "BLANK_CELL");

    private static ReportParser parser;

    @BeforeAll
    static void start() {
        parser = new ReportParser();
    }

    @AfterAll
    static void stop() {
        parser.close();
    }

    @Test
    void hongzeQu2023ReviewTotalsPointAtThePdfLineOfTheirFiguresWithItsPage() {
        JsonNode findings = findings("hongze-qu_2023.pdf", Fixtures.named("hongze-qu_2023.pdf").bytes());

        List<JsonNode> totals = withCode(findings, "T4_SUM");
        assertThat(totals).hasSize(2);
        for (JsonNode finding : totals) {
            JsonNode source = finding.get("source");
            assertThat(source).hasSize(finding.get("cells").size());
            for (JsonNode place : source) {
                assertThat(finding.get("cells").valueStream().map(JsonNode::asString)).contains(place.get("cell").asString());
                // the one printed row of 表四 on the fourth page: 行政复议 10 1 … 总计 0, 复议后起诉 5 … 总计 0
                assertThat(place.get("page").asInt()).isEqualTo(4);
                assertThat(place.get("line").asInt()).isPositive();
                assertThat(place.get("excerpt").asString()).isEqualTo("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0");
            }
        }
        // each cell's value in the line: 行政复议 10 1 0 0 | 0, 复议后起诉 5 0 0 0 | 0
        JsonNode review = totals.stream().filter(f -> f.get("cells").toString().contains("administrative_review"))
                .findFirst().orElseThrow();
        assertThat(place(review, "reviews.administrative_review.upheld").get("offset").asInt()).isZero();
        assertThat(place(review, "reviews.administrative_review.upheld").get("length").asInt()).isEqualTo(2);
        assertThat(place(review, "reviews.administrative_review.corrected").get("offset").asInt()).isEqualTo(3);
        assertThat(place(review, "reviews.administrative_review.total").get("offset").asInt()).isEqualTo(9);
        JsonNode sued = totals.stream().filter(f -> f.get("cells").toString().contains("litigation_after_review"))
                .findFirst().orElseThrow();
        assertThat(place(sued, "reviews.litigation_after_review.upheld").get("offset").asInt()).isEqualTo(21);
        assertThat(place(sued, "reviews.litigation_after_review.total").get("offset").asInt()).isEqualTo(29);
    }

    @Test
    void aBalanceBrokenInARealWordExportPointsAtTheFileLineOfItsRowLabel() {
        String text = Fixtures.named("shizui-zhen_2023.txt").text();
        List<String> lines = new ArrayList<>(text.lines().toList());
        int label = lines.indexOf("\t四、结转下年度继续办理");
        assertThat(label).as("the first 表三's 四、结转下年度 row").isPositive();
        // one number per line below the label: 自然人 … 总计; 自然人 and 总计 become 1, the other rows stay 0
        lines.set(label + 1, "\t1");
        lines.set(label + 7, "\t1");

        JsonNode findings = findings("shizui-zhen_2023.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        List<JsonNode> balance = withCode(findings, "T3_BALANCE");
        assertThat(balance).extracting(f -> f.get("message").asString())
                .anySatisfy(message -> assertThat(message).contains("自然人"))
                .anySatisfy(message -> assertThat(message).contains("总计"));
        for (JsonNode finding : balance) {
            JsonNode carried = place(finding, "requests.carried_forward.");
            assertThat(carried.get("line").asInt()).isEqualTo(label + 1);
            assertThat(carried.get("excerpt").asString()).isEqualTo("四、结转下年度继续办理");
            assertThat(carried.has("page")).isFalse();
            assertThat(lines.get(place(finding, "requests.new_received.").get("line").asInt() - 1))
                    .contains("一、本年新收政府信息公开申请数量");
        }
        // the two copies of 表三 now differ in those cells: the parser's finding points at them in the copy kept
        List<JsonNode> repeated = withCode(findings, "TABLE_REPEATED");
        assertThat(repeated).hasSize(1);
        assertThat(repeated.getFirst().get("severity").asString()).isEqualTo("error");
        assertThat(repeated.getFirst().get("source")).hasSize(repeated.getFirst().get("cells").size());
        JsonNode differing = place(repeated.getFirst(), "requests.carried_forward.");
        assertThat(differing.get("line").asInt()).isEqualTo(label + 1);
        assertThat(differing.get("excerpt").asString()).isEqualTo("四、结转下年度继续办理");
    }

    @Test
    void aBalanceBrokenInLaidOutTextPointsAtTheLineHoldingTheRowsLabelAndFigures() {
        AnnualReport base = Fixtures.named("huaian-shi_2024.pdf").report();
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(base.requests());
        ApplicantCounts carried = requests.get(RequestRow.CARRIED_FORWARD);
        requests.put(RequestRow.CARRIED_FORWARD, new ApplicantCounts(carried.naturalPerson() + 1, carried.commercial(),
                carried.research(), carried.publicInterest(), carried.legalServices(), carried.other(),
                carried.total() + 1));
        AnnualReport report = new AnnualReport(base.format(), base.agency(), base.year(), LocalDate.of(2025, 1, 20),
                base.proactive(), requests, base.reviews(), null);
        String text = Renderings.layoutText(report, Renderings.TextStyle.ALIGNED);

        JsonNode findings = findings("huaian.layout.txt", text.getBytes(StandardCharsets.UTF_8));

        List<JsonNode> balance = withCode(findings, "T3_BALANCE");
        assertThat(balance).hasSize(2);
        List<String> lines = text.lines().toList();
        for (JsonNode finding : balance) {
            JsonNode place = place(finding, "requests.carried_forward.");
            String excerpt = place.get("excerpt").asString();
            assertThat(excerpt).startsWith("四、结转下年度继续办理")
                    .contains(" " + (carried.naturalPerson() + 1) + " ").endsWith(" " + (carried.total() + 1));
            assertThat(lines.get(place.get("line").asInt() - 1).strip().replaceAll("\\s+", " ")).isEqualTo(excerpt);
        }
    }

    @Test
    void aTableFoundButNotReadPointsAtItsHeading() {
        // 表三's numbers in scrambled order, apart from their row labels: the table is there but cannot be read
        AnnualReport report = Fixtures.named("huaian-shi_2024.pdf").report();
        StringBuilder text = new StringBuilder("淮安市人民政府\n2024 年政府信息公开工作年度报告\n"
                + "三、收到和处理政府信息公开申请情况\n申请人情况\n总计\n");
        List<String> numbers = new ArrayList<>();
        report.requests().values().forEach(counts -> {
            for (var column : cn.nianbao.backend.contract.ApplicantColumn.values()) {
                numbers.add(String.valueOf(counts.get(column)));
            }
        });
        java.util.Collections.shuffle(numbers, new java.util.Random(7));
        numbers.forEach(n -> text.append('\n').append(n).append('\n'));
        report.requests().keySet().forEach(row -> text.append(row.label()).append('\n'));
        text.append("四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n");

        JsonNode findings = findings("scrambled.txt", text.toString().getBytes(StandardCharsets.UTF_8));

        List<JsonNode> missing = withCode(findings, "TABLE_MISSING").stream()
                .filter(f -> f.get("cells").get(0).asString().equals("requests")).toList();
        assertThat(missing).hasSize(1);
        JsonNode place = missing.getFirst().get("source").get(0);
        assertThat(place.get("cell").asString()).isEqualTo("requests");
        assertThat(place.get("line").asInt()).isEqualTo(3);
        assertThat(place.get("excerpt").asString()).isEqualTo("三、收到和处理政府信息公开申请情况");
    }

    @Test
    void everyTableCellFindingOfEveryFixtureSaysWhereEachOfItsCellsWasRead() {
        for (Fixtures.Fixture fixture : Fixtures.all()) {
            JsonNode findings = findings(fixture.name(), fixture.bytes());
            AnnualReport report = ((ParseOutcome.Parsed) parser.parse(fixture.name(), fixture.bytes())).report();
            // pages: a PDF's, or those of a text with form feeds (pdftotext's output)
            boolean paged = fixture.name().endsWith(".pdf") || fixture.isText() && fixture.text().indexOf('\f') >= 0;
            for (JsonNode finding : findings) {
                if (!CELL_RULES.contains(finding.get("code").asString())) {
                    continue;
                }
                assertThat(finding.get("source")).as("%s: %s", fixture, finding).isNotNull()
                        .hasSize(finding.get("cells").size());
                for (JsonNode place : finding.get("source")) {
                    assertThat(place.get("line").asInt()).as("%s: %s", fixture, place).isPositive();
                    // a row of a real table whose cells are all empty prints no text: it has no excerpt
                    if (place.has("excerpt")) {
                        assertThat(place.get("excerpt").asString()).as("%s: %s", fixture, place).isNotBlank();
                    }
                    assertThat(place.has("page")).as("%s: %s", fixture, place).isEqualTo(paged);
                    // where a cell's value is marked in the line, the line shows there the value the report holds
                    if (place.has("offset")) {
                        int at = place.get("offset").asInt();
                        assertThat(place.get("excerpt").asString().substring(at, at + place.get("length").asInt()))
                                .as("%s: %s", fixture, place).isEqualTo(String.valueOf(CellPath.parse(
                                        place.get("cell").asString()).orElseThrow().valueIn(report)));
                    }
                }
            }
        }
    }

    private static JsonNode findings(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertThat(outcome).as("outcome of %s", name).isInstanceOf(ParseOutcome.Parsed.class);
        return ParsedJson.of(outcome).get("findings");
    }

    private static List<JsonNode> withCode(JsonNode findings, String code) {
        return findings.valueStream().filter(f -> f.get("code").asString().equals(code)).toList();
    }

    private static JsonNode place(JsonNode finding, String rowPrefix) {
        return finding.get("source").valueStream().filter(p -> p.get("cell").asString().startsWith(rowPrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no place of " + rowPrefix + " in " + finding));
    }
}
