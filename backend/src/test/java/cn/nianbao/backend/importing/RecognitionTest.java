package cn.nianbao.backend.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.PrintedNames;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.Fixtures;
import cn.nianbao.backend.parser.ReportParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The body and year of documents, recognised from what the parser reads (title, signature, a page's publishing body)
 * and from file names: generated documents, real ones, and small constructed texts.
 */
class RecognitionTest {

    private static final ReportParser PARSER = new ReportParser();

    @Test
    void everyGeneratedDocumentNamesItsBodyAndYear() {
        DemoCity city = GeneratedDocuments.city(1, 2022, 2023);
        PrintedNames names = PrintedNames.of(agencies(city));
        for (GeneratedDocuments.Document document : GeneratedDocuments.documents(city)) {
            ParseOutcome.Parsed parsed = parse(document.path(), document.bytes());
            AnnualReport report = parsed.report();
            // the signature prints the body too: it agrees with the title
            assertThat(parsed.names().signature()).as(document.path()).isEqualTo(report.agency());
            Recognition.Bodies bodies = Recognition.bodies(report, parsed.names(), document.path(), names);
            assertThat(bodies.matches()).as(document.path() + " printed " + report.agency())
                    .extracting(Agency::code).containsExactly(document.agencyCode());
            assertThat(bodies.disagreeing()).isEmpty();
            assertThat(Recognition.year(report, document.path())).isEqualTo(document.year());
        }
    }

    @Test
    void theFileNameAndFoldersNameTheBodyAndYearWhenTheDocumentDoesNot() {
        DemoCity city = GeneratedDocuments.city(1, 2022, 2023);
        PrintedNames names = PrintedNames.of(agencies(city));
        AnnualReport nothing = new AnnualReport(null, null, null, null, null, null, null, null);

        assertThat(Recognition.bodies(nothing, ParseOutcome.BodyNames.NONE,
                "上报/测试1市青山镇人民政府2023年政府信息公开工作年度报告.pdf", names).matches())
                .extracting(Agency::code).containsExactly("c1.t06");
        assertThat(Recognition.bodies(nothing, ParseOutcome.BodyNames.NONE, "2023.zip/测试1市教育局/年报.docx", names)
                .matches()).extracting(Agency::code).containsExactly("c1.d02");
        assertThat(Recognition.year(nothing, "2023.zip/测试1市教育局/2022年度年报.docx")).isEqualTo(2022);
        assertThat(Recognition.year(nothing, "2022-2023.docx")).isNull();
        assertThat(Recognition.bodies(nothing, ParseOutcome.BodyNames.NONE, "扫描件.pdf", names).matches()).isEmpty();
    }

    /** Two towns called 石嘴镇, under 磐石市 and under 桦甸市; an office of 磐石市 besides. */
    private static final PrintedNames TOWNS = PrintedNames.of(List.of(
            body(1, "jl", "吉林市人民政府", null),
            body(2, "jl.ps", "磐石市人民政府", "jl"),
            body(3, "jl.ps.sz", "石嘴镇人民政府", "jl.ps"),
            body(4, "jl.hd", "桦甸市人民政府", "jl"),
            body(5, "jl.hd.sz", "石嘴镇人民政府", "jl.hd"),
            body(6, "jl.ps.office", "磐石市人民政府办公室", "jl.ps"),
            body(7, "pt", "平潭综合实验区管委会", null),
            body(8, "pt.shsy", "平潭综合实验区社会事业局", "pt")));

    @Test
    void theRealSignatureNamesTheBodyOnItsOwnLineUnderTheReport() {
        Fixtures.Fixture shizui = Fixtures.named("shizui-zhen_2023.txt");
        ParseOutcome.Parsed parsed = parse(shizui.name(), shizui.bytes());
        assertThat(parsed.names().signature()).isEqualTo("磐石市石嘴镇人民政府");
        Recognition.Bodies bodies = Recognition.bodies(parsed.report(), parsed.names(), shizui.name(), TOWNS);
        assertThat(bodies.matches()).extracting(Agency::code).containsExactly("jl.ps.sz");
        assertThat(bodies.disagreeing()).isEmpty();

        // the same document with a title that names both towns: its signature says which
        String text = shizui.text().replaceFirst("磐石市石嘴镇人民政府", "石嘴镇人民政府");
        ParseOutcome.Parsed ambiguous = parse(shizui.name(), text.getBytes(StandardCharsets.UTF_8));
        assertThat(ambiguous.report().agency()).isEqualTo("石嘴镇人民政府");
        assertThat(Recognition.bodies(ambiguous.report(), ambiguous.names(), shizui.name(), TOWNS).matches())
                .extracting(Agency::code).containsExactly("jl.ps.sz");

        // a signature of another body of the tree: the document waits with both
        String other = shizui.text().replaceFirst("(?s)(.*)磐石市石嘴镇人民政府", "$1磐石市人民政府办公室");
        ParseOutcome.Parsed signedByOther = parse(shizui.name(), other.getBytes(StandardCharsets.UTF_8));
        assertThat(signedByOther.names().signature()).isEqualTo("磐石市人民政府办公室");
        Recognition.Bodies disagree = Recognition.bodies(signedByOther.report(), signedByOther.names(),
                shizui.name(), TOWNS);
        assertThat(disagree.matches()).extracting(Agency::code).containsExactlyInAnyOrder("jl.ps.sz", "jl.ps.office");
        assertThat(disagree.disagreeing()).containsExactly("磐石市石嘴镇人民政府", "磐石市人民政府办公室");
    }

    @Test
    void aCrawlersPublishingBodyThatIsNoBodyOfTheTreeChangesNothing() {
        Optional<Fixtures.Fixture> pingtan = Fixtures.all().stream()
                .filter(fixture -> fixture.name().equals("pingtan-shsy_2024.txt")).findFirst();
        // a real crawler's page (../shared/fixtures-more): 发布机构 福建学生资助 is the site's column, not the body
        Assumptions.assumeTrue(pingtan.isPresent(), "../shared/fixtures-more is not next to the repository");
        ParseOutcome.Parsed parsed = parse(pingtan.get().name(), pingtan.get().bytes());
        assertThat(parsed.names().publisher()).isEqualTo("福建学生资助");
        assertThat(parsed.names().signature()).isEqualTo("平潭综合实验区社会事业局");
        Recognition.Bodies bodies = Recognition.bodies(parsed.report(), parsed.names(), pingtan.get().name(), TOWNS);
        assertThat(bodies.matches()).extracting(Agency::code).containsExactly("pt.shsy");
        assertThat(bodies.disagreeing()).isEmpty();
    }

    @Test
    void aCrawlersPublishingBodyOfTheTreeMustAgreeWithTheTitle() {
        String report = "石嘴镇人民政府2023年政府信息公开工作年度报告\n"
                + "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
                + "六、其他需要报告的事项\n无。\n";
        // the page's 发布机构 names the town with its place: it narrows the title's two towns to one
        ParseOutcome.Parsed agreeing = parse("page.txt", crawled("磐 石 市 石 嘴 镇", report));
        assertThat(agreeing.names().publisher()).isEqualTo("磐 石 市 石 嘴 镇");
        assertThat(Recognition.bodies(agreeing.report(), agreeing.names(), "page.txt", TOWNS).matches())
                .extracting(Agency::code).containsExactly("jl.ps.sz");
        // the page's 发布机构 is another body: both wait
        ParseOutcome.Parsed other = parse("page.txt", crawled("磐石市人民政府办公室", report));
        Recognition.Bodies disagree = Recognition.bodies(other.report(), other.names(), "page.txt", TOWNS);
        assertThat(disagree.matches()).extracting(Agency::code)
                .containsExactlyInAnyOrder("jl.ps.sz", "jl.hd.sz", "jl.ps.office");
        assertThat(disagree.disagreeing()).containsExactly("石嘴镇人民政府", "磐石市人民政府办公室");
    }

    @Test
    void aSavedPagesMetadataBlockNamesItsPublishingBody() {
        String page = "<html><head><meta charset=\"utf-8\"><title>年报</title></head><body>"
                + "<div class=\"meta\"><span>索引号：11220284/2024-00012</span> <span>发布机构：磐石市石嘴镇人民政府</span>"
                + " <span>发布日期：2024-01-20</span></div>"
                + "<h1>石嘴镇人民政府2023年政府信息公开工作年度报告</h1>"
                + "<p>本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>"
                + "<p>六、其他需要报告的事项</p><p>无。</p></body></html>";
        ParseOutcome.Parsed parsed = parse("page.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.names().publisher()).isEqualTo("磐石市石嘴镇人民政府");
        assertThat(Recognition.bodies(parsed.report(), parsed.names(), "page.html", TOWNS).matches())
                .extracting(Agency::code).containsExactly("jl.ps.sz");
    }

    @Test
    void aSignatureWithTheNameAndTheDateOnOneLineInFullWidthForms() {
        String text = "桦甸市石嘴镇人民政府2023年政府信息公开工作年度报告\n"
                + "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
                + "六、其他需要报告的事项\n无。\n"
                + "　　石嘴镇人民政府　２０２４年１月２０日\n";
        ParseOutcome.Parsed parsed = parse("signed.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.names().signature()).isEqualTo("石嘴镇人民政府");
        // the signature names both towns, the title one of them: they agree on it
        Recognition.Bodies bodies = Recognition.bodies(parsed.report(), parsed.names(), "signed.txt", TOWNS);
        assertThat(bodies.matches()).extracting(Agency::code).containsExactly("jl.hd.sz");
        assertThat(bodies.disagreeing()).isEmpty();
    }

    @Test
    void aSentenceAboveTheDateIsNoSignature() {
        String text = "磐石市人民政府办公室2023年政府信息公开工作年度报告\n"
                + "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
                + "六、其他需要报告的事项\n本年度未收取信息处理费，详见石嘴镇人民政府\n2024年1月20日\n";
        ParseOutcome.Parsed parsed = parse("sentence.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.report().signedOn()).isEqualTo(java.time.LocalDate.of(2024, 1, 20));
        assertThat(parsed.names().signature()).isNull();
    }

    private static byte[] crawled(String publisher, String report) {
        return ("标题: 石嘴镇人民政府2023年政府信息公开工作年度报告\n发布时间: 2024-01-20 10:26\n发布机构: " + publisher
                + "\n原文链接: https://example.gov.cn/1.htm\n==================== 正文 ====================\n" + report)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Agency body(long id, String code, String name, String parentCode) {
        return new Agency(id, code, name, parentCode == null ? AgencyKind.PEOPLES_GOVERNMENT : AgencyKind.OTHER,
                parentCode, 0, 0, false, List.of());
    }

    static List<Agency> agencies(DemoCity city) {
        List<Agency> bodies = new ArrayList<>();
        long id = 1;
        for (NewAgency agency : city.agencies()) {
            bodies.add(new Agency(id++, agency.code(), agency.name(), agency.kind(), agency.parentCode(), 0, 0, false,
                    List.of()));
        }
        return bodies;
    }

    private static ParseOutcome.Parsed parse(String name, byte[] bytes) {
        ParseOutcome outcome = PARSER.parseNow(name, bytes);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcome;
    }
}
