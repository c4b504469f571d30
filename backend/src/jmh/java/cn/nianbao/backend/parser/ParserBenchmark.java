package cn.nianbao.backend.parser;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import cn.nianbao.backend.contract.AnnualReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time (sample mode: median and percentiles) and, with {@code -prof gc}, bytes allocated per parse of one report, on
 * one core. Inputs named {@code form:report} are renderings of a built-in report's values: the HTML page (menus,
 * merged cells, links), a DOCX, a crawled one-line page, damaged converter markdown. The others are fixture files
 * (the {@code pdftotext} renderings and 平潭's crawled page come from the shared fixtures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class ParserBenchmark {

    @Param({"shizui-zhen_2023.txt", "hongze-qu_2023.txt", "huaian-shi_2024.layout.txt", "pingtan-shsy_2024.txt",
            "crawled:huaian-shi_2024", "markdown:huaian-shi_2024", "html:huaian-shi_2024", "docx:huaian-shi_2024",
            "hongze-qu_2023.pdf", "huaian-shi_2024.pdf"})
    public String document;

    private final ReportParser parser = new ReportParser();
    private byte[] bytes;

    @Setup
    public void load() {
        bytes = input(document);
        if (!(parser.parseNow(document, bytes) instanceof ParseOutcome.Parsed)) {
            throw new IllegalStateException("benchmark input does not parse: " + document);
        }
    }

    static byte[] input(String document) {
        if (!document.contains(":")) {
            return Fixtures.named(document).bytes();
        }
        AnnualReport report = Fixtures.report(document.substring(document.indexOf(':') + 1));
        return switch (document.substring(0, document.indexOf(':'))) {
            case "crawled" -> CrawledText.page(report, 1).getBytes(StandardCharsets.UTF_8);
            case "markdown" -> ConverterMarkdown.document(report, ConverterMarkdown.Damage.NONE.with("merged")
                    .with("dash").with("groups")).getBytes(StandardCharsets.UTF_8);
            case "html" -> Renderings.html(report, Function.identity()).getBytes(StandardCharsets.UTF_8);
            case "docx" -> Renderings.docx(report);
            default -> throw new IllegalArgumentException(document);
        };
    }

    @Benchmark
    public ParseOutcome parse() {
        return parser.parseNow(document, bytes);
    }

    @TearDown
    public void close() {
        parser.close();
    }
}
