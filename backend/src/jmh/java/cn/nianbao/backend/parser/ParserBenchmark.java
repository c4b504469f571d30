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

/**
 * Time (sample mode: median and percentiles) and, with {@code -prof gc}, bytes allocated per parse of one report, on
 * one core. The HTML page is the crafted rendering of huaian-shi_2024 (menus, merged cells, attachment links).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class ParserBenchmark {

    @Param({"shizui-zhen_2023.txt", "hongze-qu_2023.txt", "huaian-shi_2024.layout.txt", "huaian-shi_2024.html",
            "blank-template_2021.docx", "hongze-qu_2023.pdf", "huaian-shi_2024.pdf"})
    public String document;

    private final ReportParser parser = new ReportParser();
    private byte[] bytes;

    @Setup
    public void load() {
        if (document.endsWith(".html")) {
            AnnualReport report = Fixtures.report("huaian-shi_2024");
            bytes = Renderings.html(report, Function.identity()).getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = Fixtures.named(document).bytes();
        }
        if (!(parser.parseNow(document, bytes) instanceof ParseOutcome.Parsed)) {
            throw new IllegalStateException("benchmark input does not parse: " + document);
        }
    }

    @Benchmark
    public ParseOutcome parse() {
        return parser.parseNow(document, bytes);
    }
}
