package cn.nianbao.backend.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.PrintedNames;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ReportParser;
import org.junit.jupiter.api.Test;

/** The body and year of generated documents, recognised from what the parser reads and from file names. */
class RecognitionTest {

    private static final ReportParser PARSER = new ReportParser();

    @Test
    void everyGeneratedDocumentNamesItsBodyAndYear() {
        DemoCity city = GeneratedDocuments.city(1, 2022, 2023);
        PrintedNames names = PrintedNames.of(agencies(city));
        for (GeneratedDocuments.Document document : GeneratedDocuments.documents(city)) {
            AnnualReport report = parse(document);
            Recognition.Bodies bodies = Recognition.bodies(report, document.path(), names);
            assertThat(bodies.matches()).as(document.path() + " printed " + report.agency())
                    .extracting(Agency::code).containsExactly(document.agencyCode());
            assertThat(Recognition.year(report, document.path())).isEqualTo(document.year());
        }
    }

    @Test
    void theFileNameAndFoldersNameTheBodyAndYearWhenTheDocumentDoesNot() {
        DemoCity city = GeneratedDocuments.city(1, 2022, 2023);
        PrintedNames names = PrintedNames.of(agencies(city));
        AnnualReport nothing = new AnnualReport(null, null, null, null, null, null, null, null);

        assertThat(Recognition.bodies(nothing, "上报/测试1市青山镇人民政府2023年政府信息公开工作年度报告.pdf", names)
                .matches()).extracting(Agency::code).containsExactly("c1.t06");
        assertThat(Recognition.bodies(nothing, "2023.zip/测试1市教育局/年报.docx", names).matches())
                .extracting(Agency::code).containsExactly("c1.d02");
        assertThat(Recognition.year(nothing, "2023.zip/测试1市教育局/2022年度年报.docx")).isEqualTo(2022);
        assertThat(Recognition.year(nothing, "2022-2023.docx")).isNull();
        assertThat(Recognition.bodies(nothing, "扫描件.pdf", names).matches()).isEmpty();
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

    private static AnnualReport parse(GeneratedDocuments.Document document) {
        ParseOutcome outcome = PARSER.parseNow(document.path(), document.bytes());
        assertThat(outcome).as(outcome.toString()).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).report();
    }
}
