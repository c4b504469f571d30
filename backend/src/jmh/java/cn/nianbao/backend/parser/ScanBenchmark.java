package cn.nianbao.backend.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OCR per page: one page of a fixture PDF, scanned (rendered at 300 dpi, JPEG, no text layer), parsed end to end —
 * rendering, rule detection, Tesseract on the page and on its value cells, table reading. Each call is seconds, so
 * single-shot mode with a few iterations. Page 3 of huaian-shi_2024 holds most of 表三 (many value cells); page 1 is
 * prose.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class ScanBenchmark {

    @Param({"huaian-shi_2024.pdf:1", "huaian-shi_2024.pdf:3"})
    public String page;

    private final ReportParser parser = new ReportParser();
    private byte[] scan;

    @Setup
    public void scan() throws IOException {
        String[] parts = page.split(":");
        byte[] onePage;
        try (PDDocument source = Loader.loadPDF(Fixtures.named(parts[0]).bytes()); PDDocument single = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            single.importPage(source.getPage(Integer.parseInt(parts[1]) - 1));
            single.save(out);
            onePage = out.toByteArray();
        }
        scan = ScannedPdf.of(onePage, 300);
    }

    @Benchmark
    public ParseOutcome parse() {
        return parser.parseNow(page, scan);
    }

    @TearDown
    public void close() {
        parser.close();
    }
}
