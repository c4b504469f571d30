package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewRow;
import org.junit.jupiter.api.Test;

/**
 * The forms that used to fail, written by hand as they come from crawlers and converters: a crawled page whose body
 * is one line with every table cell glued, pipe tables with blank cells, tables split into row groups under generic
 * headers, placeholder tables, labels detached from their values, a row that lost a cell, a title with the year
 * first, a signature right-aligned with ideographic spaces or cut into spans. Each reads its cells right, or leaves
 * them null and says so — never a wrong number.
 */
class DamagedFormsTest {

    private final ReportParser parser = new ReportParser();

    private ParseOutcome.Parsed parse(String name, String text) {
        ParseOutcome outcome = parser.parse(name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome).as("outcome of %s", name).isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcome;
    }

    private static String resource(String name) {
        try (var in = DamagedFormsTest.class.getResourceAsStream("/parser/damaged/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApplicantCounts row(Integer... values) {
        return ApplicantCounts.of(values);
    }

    private static List<Finding> findings(ParseOutcome.Parsed parsed, String code) {
        return parsed.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    // ---- crawled pages ----

    /** A crawler's page: header, then the whole report on one line, each table row's cells glued after its label. */
    private static final String CRAWLED = """
            标题: 示例市自然资源和规划局2023年政府信息公开工作年度报告
            发布时间: 2024-01-26 16:02
            文号:\u0020
            发布机构: 示例市人民政府办公室
            栏目: 政府信息公开年报
            原文链接: https://www.example.gov.cn/zwgk/zfxxgknb/202401/t20240126_31415.htm
            本地目录: zwgk/zfxxgknb/202401/31415_示例市自然资源和规划局2023年政府信息公开工作年度报告
            页面链接与图片详见 links.tsv(同目录)
            ==================== 正文 ====================
            """ + String.join("", """
            本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\
            一、总体情况2023年，我局全年主动公开政府信息1386条，其中规划许可批前公示412条。\
            二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章003行政规范性文件2115\
            第二十条第（五）项信息内容本年处理决定数量行政许可1325第二十条第（六）项信息内容本年处理决定数量行政处罚48行政强制3\
            第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0\
            三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\
            申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他\
            一、本年新收政府信息公开申请数量 256002134二、上年结转政府信息公开申请数量 3100004\
            三、本年度办理结果（一）予以公开 102001013（二）部分公开（区分处理的，只计这一情形，不计其他情形） 2100003\
            （三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开10000013.危及“三安全一稳定”0000000\
            4.保护第三方合法权益20000025.属于三类内部事务信息00000006.属于四类过程性信息1100002\
            7.属于行政执法案卷00000008.属于行政查询事项0000000\
            （四）无法提供1.本机关不掌握相关政府信息61001192.没有现成信息需要另行制作10000013.补正后申请内容仍不明确0000000\
            （五）不予处理1.信访举报投诉类申请20000022.重复申请10000013.要求提供公开出版物0000000\
            4.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000\
            （六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000\
            2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000\
            （七）总计 265002134四、结转下年度继续办理2200004\
            四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\
            结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计101020000000000\
            五、存在的主要问题及改进情况一是政策解读还不够通俗；二是依申请公开答复的规范性有待提高。\
            六、其他需要报告的事项本年度未收取信息处理费。示例市自然资源和规划局\u3000\u3000\u30002024年1月25日
            """.strip().split("\n"));

    @Test
    void aCrawledPageWhoseBodyIsOneLineIsReadCellByCell() {
        ParseOutcome.Parsed parsed = parse("crawled.txt", CRAWLED);
        AnnualReport report = parsed.report();

        assertThat(report.agency()).isEqualTo("示例市自然资源和规划局");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.signedOn()).isEqualTo(LocalDate.of(2024, 1, 25));
        assertThat(report.details().publishedOn()).isEqualTo(LocalDate.of(2024, 1, 26));
        assertThat(report.details().url()).isEqualTo("https://www.example.gov.cn/zwgk/zfxxgknb/202401/t20240126_31415.htm");
        // every multi-digit cut of 表三 is decided by the row sums and the column identities together
        assertThat(report.requests().get(RequestRow.NEW_RECEIVED)).isEqualTo(row(25, 6, 0, 0, 2, 1, 34));
        assertThat(report.requests().get(RequestRow.CARRIED_OVER)).isEqualTo(row(3, 1, 0, 0, 0, 0, 4));
        assertThat(report.requests().get(RequestRow.GRANTED)).isEqualTo(row(10, 2, 0, 0, 1, 0, 13));
        assertThat(report.requests().get(RequestRow.UNABLE_NOT_HELD)).isEqualTo(row(6, 1, 0, 0, 1, 1, 9));
        assertThat(report.requests().get(RequestRow.TOTAL_PROCESSED)).isEqualTo(row(26, 5, 0, 0, 2, 1, 34));
        assertThat(report.requests().get(RequestRow.CARRIED_FORWARD)).isEqualTo(row(2, 2, 0, 0, 0, 0, 4));
        assertThat(report.reviews().get(ReviewRow.ADMINISTRATIVE_REVIEW)).isEqualTo(new OutcomeCounts(1, 0, 1, 0, 2));
        assertThat(report.proactive().get(ProactiveRow.REGULATIONS)).isEqualTo(ProactiveCells.documents(0, 0, 3));
        assertThat(report.proactive().get(ProactiveRow.LICENSING)).isEqualTo(ProactiveCells.decisions(1325));
    }

    @Test
    void digitsNoIdentityDecidesStayNullNamingWhatTheyCouldBe() {
        // 行政规范性文件 2115: 2,1,15 or 2,11,5 or 21,1,5 — no identity binds 表二 within a report
        ParseOutcome.Parsed parsed = parse("crawled.txt", CRAWLED);

        assertThat(parsed.report().proactive().get(ProactiveRow.NORMATIVE_DOCUMENTS))
                .isEqualTo(ProactiveCells.documents(null, null, null));
        assertThat(findings(parsed, "AMBIGUOUS_CELL")).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactlyInAnyOrder("proactive.normative_documents.issued",
                    "proactive.normative_documents.repealed", "proactive.normative_documents.in_force");
            assertThat(f.message()).contains("可能是 2、21").contains("可能是 5、15");
        });
    }

    @Test
    void aCrawledRowWhoseEmptyCellsVanishedIsNeverReadAsIfNoneHad() {
        // 本年新收 19, 2, (empty), (empty), 0, 1, 22 glued by a crawler that prints nothing for an empty cell: the
        // seven digits 1920122 cut one per cell would add up to nothing
        String text = CRAWLED.replace("一、本年新收政府信息公开申请数量 256002134", "一、本年新收政府信息公开申请数量1920122");

        ParseOutcome.Parsed parsed = parse("vanished.txt", text);

        // each cell is what is printed, or null and reported — never 1, 9, 2, 0, 1, 2, 2
        ApplicantCounts received = parsed.report().requests().get(RequestRow.NEW_RECEIVED);
        assertThat(received.naturalPerson()).isIn(19, null);
        assertThat(received.commercial()).isIn(2, null);
        assertThat(received.research()).isNull();
        assertThat(received.publicInterest()).isNull();
        assertThat(received.legalServices()).isIn(0, null);
        assertThat(received.other()).isIn(1, null);
        assertThat(received.total()).isIn(22, null);
        assertThat(findings(parsed, "AMBIGUOUS_CELL")).anySatisfy(f -> assertThat(f.cells())
                .anyMatch(cell -> cell.startsWith("requests.new_received.")));
    }

    // ---- converter markdown ----

    @Test
    void aPipeTableReadsItsCellsByPositionSoABlankCellIsNullNotAMissingColumn() {
        ParseOutcome.Parsed parsed = parse("converter.md", resource("converter-blank-cells.md"));
        AnnualReport report = parsed.report();

        assertThat(report.agency()).isEqualTo("示例县青石镇人民政府");
        assertThat(report.signedOn()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(report.requests().get(RequestRow.NEW_RECEIVED)).isEqualTo(row(12, 1, null, 0, 0, 0, 13));
        assertThat(report.requests().get(RequestRow.TOTAL_PROCESSED)).isEqualTo(row(13, 1, null, 0, 0, 0, 14));
        assertThat(report.requests().get(RequestRow.CARRIED_FORWARD)).isEqualTo(row(1, 0, null, 0, 0, 0, 1));
        assertThat(report.reviews().get(ReviewRow.LITIGATION_DIRECT)).isEqualTo(new OutcomeCounts(0, 0, 0, null, 0));
        assertThat(report.proactive().get(ProactiveRow.REGULATIONS)).isEqualTo(ProactiveCells.documents(null, null, null));
        assertThat(report.proactive().get(ProactiveRow.NORMATIVE_DOCUMENTS)).isEqualTo(ProactiveCells.documents(2, 0, 14));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void aTableSplitIntoRowGroupsUnderGenericHeadersIsJoinedAndPlaceholdersAreIgnored() {
        ParseOutcome.Parsed parsed = parse("groups.md", resource("converter-row-groups.md"));
        AnnualReport report = parsed.report();

        // the title prints the year first, with a space before 年
        assertThat(report.agency()).isEqualTo("上海市徐汇区枫林路街道办事处");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.requests()).hasSize(25);
        assertThat(report.requests().get(RequestRow.GRANTED)).isEqualTo(row(5, 1, 0, 0, 0, 0, 6));
        assertThat(report.requests().get(RequestRow.TOTAL_PROCESSED)).isEqualTo(row(13, 1, 0, 0, 0, 0, 14));
        assertThat(report.proactive().get(ProactiveRow.PUNISHMENT)).isEqualTo(ProactiveCells.decisions(58));
        assertThat(report.reviews().get(ReviewRow.ADMINISTRATIVE_REVIEW)).isEqualTo(new OutcomeCounts(0, 0, 1, 0, 1));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void labelsDetachedFromTheirValuesArePairedInOrderAndTheIdentitiesConfirmTheRows() {
        ParseOutcome.Parsed parsed = parse("detached.md", resource("converter-detached-labels.md"));
        AnnualReport report = parsed.report();

        assertThat(report.requests().get(RequestRow.NEW_RECEIVED)).isEqualTo(row(12, 1, 0, 0, 0, 0, 13));
        assertThat(report.requests().get(RequestRow.DENIED_THIRD_PARTY_RIGHTS)).isEqualTo(row(1, 0, 0, 0, 0, 0, 1));
        assertThat(report.requests().get(RequestRow.DENIED_PROCESS_INFORMATION)).isEqualTo(row(1, 0, 0, 0, 0, 0, 1));
        assertThat(report.requests().get(RequestRow.UNABLE_NOT_HELD)).isEqualTo(row(3, 0, 0, 0, 0, 0, 3));
        assertThat(report.requests().get(RequestRow.CARRIED_FORWARD)).isEqualTo(row(1, 0, 0, 0, 0, 0, 1));
        assertThat(findings(parsed, "AMBIGUOUS_CELL")).isEmpty();
    }

    @Test
    void detachedValuesThatLostARowAreNotShiftedOntoTheWrongLabels() {
        // the value row of 4.保护第三方合法权益 is gone: pairing in order would move every later row up by one
        String text = resource("converter-detached-labels.md").replaceFirst("\\|  \\| 1 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| 1 \\|\n", "");

        ParseOutcome.Parsed parsed = parse("lost-row.md", text);

        assertThat(parsed.report().requests()).isNull();
        assertThat(findings(parsed, "TABLE_MISSING")).anySatisfy(f -> assertThat(f.cells()).containsExactly("requests"));
    }

    @Test
    void aRowThatLostABlankCellIsNotShiftedIntoItsNeighbours() {
        // a converter dropped the empty 科研机构 cell of one row only: 12 1 0 0 0 13 no longer lines up
        String text = resource("converter-blank-cells.md").replace(
                "| 一、本年新收政府信息公开申请数量 |  |  | 12 | 1 |  | 0 | 0 | 0 | 13 |",
                "| 一、本年新收政府信息公开申请数量 |  |  | 12 | 1 | 0 | 0 | 0 | 13 |");

        ParseOutcome.Parsed parsed = parse("dropped-cell.md", text);

        ApplicantCounts received = parsed.report().requests().get(RequestRow.NEW_RECEIVED);
        assertThat(received.total()).isIn(13, null);
        assertThat(received.naturalPerson()).isIn(12, null);
        assertThat(received.commercial()).isIn(1, null);
        assertThat(received.research()).isIn(0, null);
        assertThat(received.other()).isIn(0, null);
        assertThat(parsed.report().requests().get(RequestRow.CARRIED_OVER)).isEqualTo(row(2, 0, null, 0, 0, 0, 2));
    }

    @Test
    void aReportThatBreaksItsOwnIdentityIsReturnedAsPrinted() {
        // like 洪泽区 2023: 行政复议 10 + 1 + 0 + 0 next to a printed 总计 of 0
        String text = resource("converter-blank-cells.md").replace(
                "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 |  | 0 | 0 | 0 | 0 | 0 | 0 |",
                "| 10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0 |");

        ParseOutcome.Parsed parsed = parse("broken.md", text);

        assertThat(parsed.report().reviews().get(ReviewRow.ADMINISTRATIVE_REVIEW)).isEqualTo(new OutcomeCounts(10, 1, 0, 0, 0));
        assertThat(parsed.report().reviews().get(ReviewRow.LITIGATION_AFTER_REVIEW)).isEqualTo(new OutcomeCounts(5, 0, 0, 0, 0));
        assertThat(findings(parsed, "AMBIGUOUS_CELL")).isEmpty();
    }

    // ---- signatures ----

    @Test
    void aSignatureRightAlignedWithIdeographicSpacesOrCutIntoSpansIsFoundAboveAFooter() {
        AnnualReport report = Fixtures.report("hongze-qu_2024");
        String spans = HtmlPage.withFooter(report);
        String oneParagraph = spans.replaceFirst("<p style=\"text-align: right;\"><span>[^<]*</span>\u3000\u3000\u3000</p>"
                + "<p style=\"text-align: right;\">(.*?)</p>", "<p style=\"text-align: right;\">" + report.agency()
                + "\u3000\u3000\u3000\u3000$1</p>");

        assertThat(parse("spans.html", spans).report().signedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(parse("one-paragraph.html", oneParagraph).report().signedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
    }
}
