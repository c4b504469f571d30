package cn.nianbao.backend.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.VersionOrigin;

/**
 * Four real published reports, stored from their original documents with the hand-checked values of the project's
 * fixtures, under their real names in their real places in the tree (province → city → county → township). We know
 * nothing of these bodies' other years, so they carry no reporting periods: completeness is not measured for them.
 */
final class SampleReports {

    static final String FOLDER = "/demo/samples/";

    /** A real report: the body and year, its original document and the hand-checked values read from it. */
    record Sample(String agencyCode, int year, String document, String mediaType, String values) {
    }

    static final List<NewAgency> AGENCIES = List.of(
            body("jl", "吉林省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 10),
            body("jl.jilin", "吉林市人民政府", AgencyKind.PEOPLES_GOVERNMENT, "jl", 1),
            body("jl.jilin.panshi", "磐石市人民政府", AgencyKind.PEOPLES_GOVERNMENT, "jl.jilin", 1),
            body("jl.jilin.panshi.shizui", "磐石市石嘴镇人民政府", AgencyKind.TOWNSHIP, "jl.jilin.panshi", 1),
            body("js", "江苏省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 11),
            body("js.huaian", "淮安市人民政府", AgencyKind.PEOPLES_GOVERNMENT, "js", 1),
            body("js.huaian.hongze", "淮安市洪泽区人民政府", AgencyKind.PEOPLES_GOVERNMENT, "js.huaian", 1));

    static final List<Sample> REPORTS = List.of(
            new Sample("jl.jilin.panshi.shizui", 2023, "shizui-zhen_2023.txt", "text/plain;charset=UTF-8",
                    "shizui-zhen_2023.json"),
            new Sample("js.huaian.hongze", 2023, "hongze-qu_2023.pdf", "application/pdf", "hongze-qu_2023.json"),
            new Sample("js.huaian.hongze", 2024, "hongze-qu_2024.pdf", "application/pdf", "hongze-qu_2024.json"),
            new Sample("js.huaian", 2024, "huaian-shi_2024.pdf", "application/pdf", "huaian-shi_2024.json"));

    private SampleReports() {
    }

    /**
     * The report as stored: the hand-checked values of its tables (and its signing date) with what the parser reads
     * from the document besides the tables — statistics period, contact block, narrative sections — and what the
     * parser found while reading it (e.g. 石嘴镇's repeated 表三), so that the quality rules see the document.
     */
    static NewVersion version(Sample sample, String importedBy) {
        AnnualReport checked = values(sample);
        SourceDocument document = document(sample);
        ParseOutcome outcome = new ReportParser().parseNow(document.fileName(), document.content());
        if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
            return new NewVersion(checked, VersionOrigin.IMPORT, importedBy, null, document);
        }
        return new NewVersion(checked.withDetails(parsed.report().details()), VersionOrigin.IMPORT, importedBy, null,
                document, parsed.findings(), parsed.positions());
    }

    /** The hand-checked values of the report. */
    static AnnualReport values(Sample sample) {
        return ContractJson.read(ContractJson.MAPPER.readTree(bytes(sample.values())));
    }

    /** The document as it was published, under its file name. */
    static SourceDocument document(Sample sample) {
        return new SourceDocument(sample.document(), sample.mediaType(), bytes(sample.document()));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = SampleReports.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("demo sample missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewAgency body(String code, String name, AgencyKind kind, String parent, int order) {
        return new NewAgency(code, name, kind, parent, order, false, List.of());
    }
}
