package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewRow;
import org.junit.jupiter.api.Test;

/**
 * The forms the fixtures do not cover, rendered from a fixture's expected values: the parser must give the same
 * values back (and say so when it cannot be sure).
 */
class CraftedVariantsTest {

    private final ReportParser parser = new ReportParser();

    private static AnnualReport expected(String fixture) {
        return Fixtures.report(fixture.replace(".expected.json", ""));
    }

    private ParseOutcome.Parsed parse(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertThat(outcome).as("outcome of %s", name).isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcome;
    }

    private ParseOutcome.Parsed parse(String name, String text) {
        return parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSameTables(AnnualReport expected, ParseOutcome.Parsed parsed) {
        assertThat(ContractDiff.differences(ContractJson.write(expected), ContractJson.write(parsed.report()))).isEmpty();
    }

    private static AnnualReport withSignature(AnnualReport report, LocalDate signedOn) {
        return new AnnualReport(report.format(), report.agency(), report.year(), signedOn, report.proactive(),
                report.requests(), report.reviews(), report.details());
    }

    private static List<String> codes(ParseOutcome.Parsed parsed) {
        return parsed.findings().stream().map(Finding::code).toList();
    }

    @Test
    void htmlPageWithMenusMergedCellsAndAttachmentLinks() {
        AnnualReport report = expected("huaian-shi_2024.expected.json");
        String html = Renderings.html(report, Function.identity());

        ParseOutcome.Parsed parsed = parse("huaian.html", html);

        assertSameTables(withSignature(report, LocalDate.of(2025, 1, 20)), parsed);
        assertThat(parsed.report().details().publishedOn()).isEqualTo(LocalDate.of(2024, 1, 25));
        assertThat(parsed.report().details().contact().phone()).isEqualTo("010-12345678");
        assertThat(parsed.report().details().sections()).extracting(s -> s.number()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void theReportHeadingWinsOverAGenericPageTitleAndOtherReportsInTheMenu() {
        AnnualReport report = expected("huaian-shi_2024.expected.json");
        String html = Renderings.html(report, Function.identity())
                .replaceFirst("<title>[^<]*</title>", "<title>政府信息公开年报_示例市人民政府</title>")
                .replace("<li><a href=\"/hd\">", "<li><a href=\"/2022\">示例县2022年政府信息公开工作年度报告</a></li><li><a href=\"/hd\">");

        ParseOutcome.Parsed parsed = parse("generic-title.html", html);

        assertThat(parsed.report().agency()).isEqualTo(report.agency());
        assertThat(parsed.report().year()).isEqualTo(2024);
    }

    @Test
    void htmlPageInGbkWithBlankCells() {
        AnnualReport base = expected("hongze-qu_2024.expected.json");
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(base.requests());
        requests.put(RequestRow.GRANTED, new ApplicantCounts(50, null, null, 0, null, 0, 50));
        Map<ReviewRow, OutcomeCounts> reviews = new EnumMap<>(base.reviews());
        reviews.put(ReviewRow.LITIGATION_DIRECT, new OutcomeCounts(null, 0, null, 0, 1));
        AnnualReport report = new AnnualReport(base.format(), base.agency(), base.year(), LocalDate.of(2025, 1, 20),
                base.proactive(), requests, reviews, null);
        String html = Renderings.html(report, Function.identity()).replace("charset=\"utf-8\"", "charset=\"gbk\"");

        ParseOutcome.Parsed parsed = parse("hongze.htm", html.getBytes(Charset.forName("GBK")));

        assertSameTables(report, parsed);
        assertThat(parsed.report().request(RequestRow.GRANTED, cn.nianbao.backend.contract.ApplicantColumn.COMMERCIAL)).isNull();
    }

    @Test
    void docxWithMergedAndBlankCells() {
        AnnualReport base = expected("hongze-qu_2023.expected.json");
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(base.requests());
        requests.put(RequestRow.CARRIED_OVER, ApplicantCounts.BLANK);
        requests.put(RequestRow.GRANTED, new ApplicantCounts(null, 0, null, 0, null, 0, null));
        AnnualReport report = new AnnualReport(base.format(), base.agency(), base.year(), LocalDate.of(2024, 1, 15),
                base.proactive(), requests, base.reviews(), null);

        ParseOutcome.Parsed parsed = parse("hongze.docx", Renderings.docx(report));

        assertSameTables(report, parsed);
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void table4PrintedAsOneRowPerGroup() {
        AnnualReport report = expected("huaian-shi_2024.expected.json");
        StringBuilder table4 = new StringBuilder("<table><tr><td></td><td>结果维持</td><td>结果纠正</td><td>其他结果</td>"
                + "<td>尚未审结</td><td>总计</td></tr>");
        for (ReviewRow row : ReviewRow.values()) {
            table4.append("<tr><td>").append(row.label()).append("</td>");
            for (var outcome : cn.nianbao.backend.contract.ReviewOutcome.values()) {
                table4.append("<td>").append(report.reviews().get(row).get(outcome)).append("</td>");
            }
            table4.append("</tr>");
        }
        String original = Renderings.htmlTable(Renderings.reviewsTable(report.reviews()));
        String html = Renderings.html(report, tables -> tables.replace(original, table4 + "</table>"));

        ParseOutcome.Parsed parsed = parse("per-group.html", html);

        assertThat(parsed.report().reviews()).isEqualTo(report.reviews());
    }

    @Test
    void markdownPipeTablesWithPaddedCells() {
        AnnualReport report = expected("huaian-shi_2024.expected.json");
        String markdown = "# " + Renderings.title(report) + "\n\n本报告所列数据统计期限自2024年1月1日至2024年12月31日。\n\n"
                + "## 二、主动公开政府信息情况\n\n" + Renderings.markdownTable(Renderings.proactiveTable(report.proactive()))
                + "\n## 三、收到和处理政府信息公开申请情况\n\n"
                + Renderings.markdownTable(Renderings.requestsTable(report.requests(), null))
                + "\n## 四、政府信息公开行政复议、行政诉讼情况\n\n" + Renderings.markdownTable(Renderings.reviewsTable(report.reviews()))
                + "\n## 五、存在的主要问题及改进情况\n\n无。\n";

        assertSameTables(report, parse("huaian.md", markdown));
    }

    @Test
    void layoutTextWithChineseListMarkersStraySpacesFullWidthDigitsAndSlashBlanks() {
        AnnualReport base = expected("huaian-shi_2024.expected.json");
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(base.requests());
        requests.put(RequestRow.DENIED_STATE_SECRET, new ApplicantCounts(2, null, null, null, null, null, 2));
        AnnualReport report = new AnnualReport(base.format(), base.agency(), base.year(), LocalDate.of(2025, 1, 20),
                base.proactive(), requests, base.reviews(), null);
        Renderings.TextStyle style = new Renderings.TextStyle(
                label -> spaced(label.replaceFirst("^(\\d)\\.", "$1、")),
                CraftedVariantsTest::fullWidth, "—", false);

        ParseOutcome.Parsed parsed = parse("huaian.layout.txt", Renderings.layoutText(report, style));

        assertSameTables(report, parsed);
    }

    @Test
    void blankCellsThatPrintNothingInLayoutTextArePlacedByTheirColumns() {
        AnnualReport base = expected("huaian-shi_2024.expected.json");
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(base.requests());
        requests.put(RequestRow.GRANTED, new ApplicantCounts(1288, 21, null, 0, 50, 3, 1362));
        requests.put(RequestRow.DENIED_STATE_SECRET, new ApplicantCounts(2, null, null, null, null, null, 2));
        requests.put(RequestRow.CARRIED_FORWARD, new ApplicantCounts(null, null, null, null, null, null, 103));
        AnnualReport report = new AnnualReport(base.format(), base.agency(), base.year(), LocalDate.of(2025, 1, 20),
                base.proactive(), requests, base.reviews(), null);

        ParseOutcome.Parsed parsed = parse("blanks.layout.txt", Renderings.layoutText(report, Renderings.TextStyle.ALIGNED));

        assertSameTables(report, parsed);
        assertThat(codes(parsed)).doesNotContain("ROW_UNREADABLE");
    }

    @Test
    void aRowPrintedWithoutAnyNumberIsBlankAndItsNeighbourKeepsItsOwnNumbers() {
        AnnualReport base = expected("huaian-shi_2024.expected.json");
        Map<ProactiveRow, ProactiveCells> proactive = new EnumMap<>(base.proactive());
        proactive.put(ProactiveRow.REGULATIONS, ProactiveCells.documents(null, null, null));
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(base.requests());
        requests.put(RequestRow.DENIED_STATE_SECRET, ApplicantCounts.BLANK);
        requests.put(RequestRow.NOT_PROCESSED_PUBLICATION, ApplicantCounts.BLANK);
        requests.put(RequestRow.OTHER_NO_CORRECTION, ApplicantCounts.BLANK);
        AnnualReport report = new AnnualReport(base.format(), base.agency(), base.year(), LocalDate.of(2025, 1, 20),
                proactive, requests, base.reviews(), null);

        ParseOutcome.Parsed parsed = parse("blank-rows.layout.txt", Renderings.layoutText(report, Renderings.TextStyle.ALIGNED));

        assertSameTables(report, parsed);
    }

    @Test
    void aLoneNumberInALaidOutRowIsOneCellNeverGluedDigits() {
        AnnualReport base = expected("huaian-shi_2024.expected.json");
        Map<ProactiveRow, ProactiveCells> proactive = new EnumMap<>(base.proactive());
        proactive.put(ProactiveRow.REGULATIONS, ProactiveCells.documents(null, null, 100));
        AnnualReport report = new AnnualReport(base.format(), base.agency(), base.year(), LocalDate.of(2025, 1, 20),
                proactive, base.requests(), base.reviews(), null);

        ParseOutcome.Parsed parsed = parse("lone.layout.txt", Renderings.layoutText(report, Renderings.TextStyle.ALIGNED));

        // 100 alone under 现行有效件数 must not become 1, 0, 0; table 2 cannot place it by column, so it says so
        assertThat(parsed.report().proactive().get(ProactiveRow.REGULATIONS)).isEqualTo(ProactiveCells.documents(null, null, null));
        assertThat(parsed.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("ROW_UNREADABLE");
            assertThat(f.cells()).contains("proactive.regulations.in_force");
        });
        assertThat(parsed.report().proactive().get(ProactiveRow.NORMATIVE_DOCUMENTS)).isEqualTo(base.proactive().get(ProactiveRow.NORMATIVE_DOCUMENTS));
    }

    @Test
    void tablesThatPrintNotOneNumberAreBlankNotMissing() {
        AnnualReport report = Renderings.blankReport("示例镇人民政府", 2023, LocalDate.of(2024, 1, 20));

        ParseOutcome.Parsed parsed = parse("blank.layout.txt", Renderings.layoutText(report, Renderings.TextStyle.ALIGNED));

        assertSameTables(report, parsed);
        assertThat(codes(parsed)).doesNotContain("TABLE_MISSING", "ROW_UNREADABLE");
    }

    @Test
    void aShortRowThatFitsNoColumnIsLeftNullAndReported() {
        AnnualReport report = withSignature(expected("huaian-shi_2024.expected.json"), LocalDate.of(2025, 1, 20));
        String text = Renderings.layoutText(report, Renderings.TextStyle.PLAIN)
                .replaceFirst("(3\\.危及“三安全一稳定”)\\s+5\\s+0\\s+0\\s+0\\s+0\\s+0\\s+5", "$1 5 5");

        ParseOutcome.Parsed parsed = parse("short-row.txt", text);

        assertThat(parsed.report().requests().get(RequestRow.DENIED_SECURITY_STABILITY)).isEqualTo(ApplicantCounts.BLANK);
        assertThat(parsed.findings()).filteredOn(f -> f.code().equals("ROW_UNREADABLE")).singleElement()
                .satisfies(f -> assertThat(f.cells()).hasSize(7).allMatch(c -> c.startsWith("requests.denied_security_stability.")));
        assertThat(parsed.report().requests().get(RequestRow.NEW_RECEIVED)).isEqualTo(report.requests().get(RequestRow.NEW_RECEIVED));
    }

    @Test
    void numbersInScrambledOrderWithoutLabelsAreReportedNotGuessed() {
        AnnualReport report = expected("huaian-shi_2024.expected.json");
        List<String> numbers = new java.util.ArrayList<>();
        report.requests().values().forEach(counts -> {
            for (var column : cn.nianbao.backend.contract.ApplicantColumn.values()) {
                numbers.add(String.valueOf(counts.get(column)));
            }
        });
        java.util.Collections.shuffle(numbers, new java.util.Random(7));
        StringBuilder text = new StringBuilder("淮安市人民政府\n2024 年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n总计\n");
        numbers.forEach(n -> text.append('\n').append(n).append('\n'));
        report.requests().keySet().forEach(row -> text.append(row.label()).append('\n'));
        text.append("四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n");

        ParseOutcome.Parsed parsed = parse("scrambled.txt", text.toString());

        assertThat(parsed.report().requests()).isNull();
        assertThat(parsed.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("TABLE_MISSING");
            assertThat(f.cells()).containsExactly("requests");
        });
    }

    @Test
    void proseWithNumbersBetweenSectionHeadingsAndTablesIsNotTakenForCells() {
        AnnualReport report = withSignature(expected("huaian-shi_2024.expected.json"), LocalDate.of(2025, 1, 20));
        String text = Renderings.layoutText(report, Renderings.TextStyle.PLAIN)
                .replace("   二、主动公开政府信息情况\n", "   二、主动公开政府信息情况\n   本年主动公开政府信息 5500 条，其中文件 11 件。\n")
                .replace("   三、收到和处理政府信息公开申请情况\n", "   三、收到和处理政府信息公开申请情况\n   全年共受理申请 3119 件。\n")
                .replace("   四、政府信息公开行政复议、行政诉讼情况\n", "   四、政府信息公开行政复议、行政诉讼情况\n   本年发生行政复议 351 件、行政诉讼 46 件。\n");
        String plain = glueFree(text);

        assertSameTables(report, parse("prose-layout.txt", text));
        assertSameTables(report, parse("prose-plain.txt", plain));
    }

    /** pdftotext without -layout: every number on its own line, between empty lines, labels on their own. */
    private static String glueFree(String layout) {
        StringBuilder out = new StringBuilder();
        for (String line : layout.split("\n")) {
            StringBuilder label = new StringBuilder();
            List<String> numbers = new java.util.ArrayList<>();
            for (String word : line.strip().split("\\s+")) {
                if (word.matches("\\d+(\\.\\d+)?|/")) {
                    numbers.add(word);
                } else {
                    label.append(word);
                }
            }
            String words = label.toString();
            boolean prose = words.contains("报告") || words.contains("统计期限") || words.contains("条") || words.contains("件");
            if (numbers.isEmpty() || prose) {
                out.append(line).append('\n');
                continue;
            }
            if (!label.isEmpty()) {
                out.append(label).append("\n\n");
            }
            numbers.forEach(n -> out.append(n).append("\n\n"));
        }
        return out.toString();
    }

    @Test
    void repeatedHeaderRowsAtAPageBreak() {
        AnnualReport report = withSignature(expected("hongze-qu_2024.expected.json"), LocalDate.of(2025, 1, 20));
        String text = Renderings.layoutText(report, Renderings.TextStyle.PLAIN).replace(
                Renderings.requestsText(report.requests(), Renderings.TextStyle.PLAIN, false),
                Renderings.requestsText(report.requests(), Renderings.TextStyle.PLAIN, true));

        ParseOutcome.Parsed parsed = parse("hongze-2024.txt", text);

        assertSameTables(report, parsed);
        assertThat(codes(parsed)).doesNotContain("TABLE_REPEATED");
    }

    @Test
    void aTablePrintedTwiceIdenticallyIsAWarning() {
        AnnualReport report = withSignature(expected("huaian-shi_2024.expected.json"), LocalDate.of(2025, 1, 20));
        String table = Renderings.requestsText(report.requests(), Renderings.TextStyle.PLAIN, false);
        String text = Renderings.layoutText(report, Renderings.TextStyle.PLAIN).replace(table, table + table);

        ParseOutcome.Parsed parsed = parse("twice.txt", text);

        assertSameTables(report, parsed);
        assertThat(parsed.findings()).filteredOn(f -> f.code().equals("TABLE_REPEATED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity().code()).isEqualTo("warning");
                    assertThat(f.message()).contains("一致");
                });
    }

    @Test
    void aSecondCopyThatDiffersIsAnErrorNamingTheCellsAndTheFirstCopyCounts() {
        AnnualReport report = withSignature(expected("huaian-shi_2024.expected.json"), LocalDate.of(2025, 1, 20));
        Map<RequestRow, ApplicantCounts> changed = new EnumMap<>(report.requests());
        changed.put(RequestRow.CARRIED_OVER, new ApplicantCounts(35, 0, 0, 0, 0, 0, 35));
        String first = Renderings.requestsText(report.requests(), Renderings.TextStyle.PLAIN, false);
        String second = Renderings.requestsText(changed, Renderings.TextStyle.PLAIN, false);
        String text = Renderings.layoutText(report, Renderings.TextStyle.PLAIN).replace(first, first + second);

        ParseOutcome.Parsed parsed = parse("twice-differing.txt", text);

        assertSameTables(report, parsed);
        assertThat(parsed.findings()).filteredOn(f -> f.code().equals("TABLE_REPEATED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity().code()).isEqualTo("error");
                    assertThat(f.cells()).containsExactlyInAnyOrder("requests.carried_over.natural_person",
                            "requests.carried_over.total");
                });
    }

    @Test
    void gluedDigitsAreCutByTheSumRules() {
        AnnualReport report = expected("hongze-qu_2024.expected.json");
        String text = Renderings.layoutText(withSignature(report, LocalDate.of(2025, 1, 20)), Renderings.TextStyle.PLAIN);
        String glued = glueNumbers(text);
        assertThat(glued).contains("一、本年新收政府信息公开申请数量950000095");

        ParseOutcome.Parsed parsed = parse("crawler.txt", glued);

        assertSameTables(withSignature(report, LocalDate.of(2025, 1, 20)), parsed);
        assertThat(codes(parsed)).doesNotContain("AMBIGUOUS_CELL");
    }

    @Test
    void gluedDigitsWithTwoFittingCutsAreLeftNullAndReported() {
        // 110000011 is 1,10,0,0,0,0,11 or 11,0,0,0,0,0,11: both add up, in every row and every column.
        String text = """
                示例镇人民政府2023年政府信息公开工作年度报告
                统计期限为2023年1月1日起至2023年12月31日止。
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量110000011
                二、上年结转政府信息公开申请数量0000000
                三、本年度办理结果（一）予以公开110000011
                （二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000
                """ + zeroRows() + """
                （七）总计110000011
                四、结转下年度继续办理0000000
                四、政府信息公开行政复议、行政诉讼情况
                000000000000000
                五、存在的主要问题及改进情况
                """;

        ParseOutcome.Parsed parsed = parse("ambiguous.txt", text);

        AnnualReport report = parsed.report();
        for (RequestRow row : List.of(RequestRow.NEW_RECEIVED, RequestRow.GRANTED, RequestRow.TOTAL_PROCESSED)) {
            ApplicantCounts counts = report.requests().get(row);
            assertThat(counts.naturalPerson()).isNull();
            assertThat(counts.commercial()).isNull();
            assertThat(counts.research()).isZero();
            assertThat(counts.total()).isEqualTo(11);
        }
        assertThat(parsed.findings()).filteredOn(f -> f.code().equals("AMBIGUOUS_CELL")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactlyInAnyOrder(
                        "requests.new_received.natural_person", "requests.new_received.commercial",
                        "requests.granted.natural_person", "requests.granted.commercial",
                        "requests.total_processed.natural_person", "requests.total_processed.commercial"));
        assertThat(report.review(ReviewRow.ADMINISTRATIVE_REVIEW, cn.nianbao.backend.contract.ReviewOutcome.TOTAL)).isZero();
    }

    private static String zeroRows() {
        StringBuilder rows = new StringBuilder();
        for (RequestRow row : RequestRow.values()) {
            if (row.isOutcome() && row != RequestRow.GRANTED && row != RequestRow.PARTIALLY_GRANTED
                    && row != RequestRow.OTHER_UNSPLIT) {
                rows.append(row.label()).append("0000000\n");
            }
        }
        return rows.toString();
    }

    @Test
    void theTrialFormatOf2019() {
        AnnualReport base = expected("hongze-qu_2023.expected.json");
        String proactive2019 = """
                   二、主动公开政府信息情况
                   第二十条第（一）项
                   信息内容   本年新制作数量   本年新公开数量   对外公开总数量
                   规章   0   0   0
                   规范性文件   3   3   12
                   第二十条第（五）项
                   信息内容   上一年项目数量   本年增/减   处理决定数量
                   行政许可   20   0   550
                   第二十条第（九）项
                   信息内容   采购项目数量   采购总金额
                   政府集中采购   12   380.5
                """;
        String text = Renderings.layoutText(withSignature(base, null), Renderings.TextStyle.PLAIN)
                .replace(Renderings.proactiveText(base.proactive(), Renderings.TextStyle.PLAIN), proactive2019);

        ParseOutcome.Parsed parsed = parse("trial-2019.txt", text);

        assertThat(parsed.report().format()).isEqualTo(ReportFormat.F2019);
        assertThat(parsed.report().proactive()).isNull();
        assertThat(parsed.report().requests()).isEqualTo(base.requests());
        assertThat(parsed.report().requests()).containsKey(RequestRow.OTHER_UNSPLIT).doesNotContainKey(RequestRow.OTHER_OTHER);
        assertThat(parsed.report().reviews()).isEqualTo(base.reviews());
    }

    @Test
    void aFreeFormReportFromBefore2019() {
        String text = resource("pre2019-freeform.txt");

        ParseOutcome.Parsed parsed = parse("pre2019.txt", text);

        assertThat(parsed.report().format()).isEqualTo(ReportFormat.PRE2019);
        assertThat(parsed.report().year()).isEqualTo(2017);
        assertThat(parsed.report().agency()).isEqualTo("示例县民政局");
        assertThat(parsed.report().proactive()).isNull();
        assertThat(parsed.report().requests()).isNull();
        assertThat(parsed.report().reviews()).isNull();
        assertThat(parsed.report().signedOn()).isEqualTo(LocalDate.of(2018, 3, 20));
    }

    static String resource(String name) {
        try (var in = CraftedVariantsTest.class.getResourceAsStream("/parser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Crawler output: every run of "spaces + number" after a label is glued to it; blank marks vanish. */
    static String glueNumbers(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.matches(".*[^\\d\\s.].*\\s+\\d+(\\s+\\d+)*") && !trimmed.contains("统计期限")) {
                out.append(trimmed.replaceAll("\\s+(?=\\d)", "").replaceAll("(?<=\\d)\\s+(?=\\d)", ""));
            } else if (trimmed.matches("\\d+(\\s+\\d+)+")) {
                out.append(trimmed.replaceAll("\\s+", ""));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    /** A stray space after every third character of a label. */
    static String spaced(String label) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            out.append(label.charAt(i));
            if (i % 3 == 2) {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
