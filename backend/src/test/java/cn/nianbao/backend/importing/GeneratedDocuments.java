package cn.nianbao.backend.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.parser.Renderings;

/**
 * Documents for import tests: the demo generator's reports rendered as text (the shape of {@code pdftotext -layout}),
 * named as a clerk would name them, and ZIP archives of folders holding them.
 */
public final class GeneratedDocuments {

    private GeneratedDocuments() {
    }

    /** A generated report as a text document, under {@code 机构代码/年度.txt}. */
    public record Document(String agencyCode, int year, String path, byte[] bytes) {
    }

    /** Cities named 测试{n}市 (codes {@code c{n}}), without planted problems, reporting from {@code firstYear}. */
    public static DemoCity city(int number, int firstYear, int lastYear) {
        return new DemoCity(new DemoCity.Spec("c" + number, "测试" + number + "市", firstYear, lastYear, 1000L + number,
                false));
    }

    public static List<Document> documents(DemoCity city) {
        List<Document> documents = new ArrayList<>();
        city.reports(generated -> documents.add(new Document(generated.agencyCode(), generated.year(),
                generated.agencyCode() + "/" + generated.year() + ".txt", text(generated.report()))));
        return documents;
    }

    /** The layout text with its title on one line, as a report's first page prints it. */
    public static byte[] text(AnnualReport report) {
        String layout = Renderings.layoutText(report, Renderings.TextStyle.PLAIN);
        String body = layout.substring(layout.indexOf('\n', layout.indexOf('\n') + 1) + 1);
        return (Renderings.title(report) + "\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP archive of these entries (path → bytes), in order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, entries);
        return bytes.toByteArray();
    }

    public static void write(OutputStream out, Map<String, byte[]> entries) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, byte[]> entries(List<Document> documents) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        documents.forEach(document -> entries.put(document.path(), document.bytes()));
        return entries;
    }
}
