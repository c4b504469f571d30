package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.parser.ocr.OcrSettings;
import cn.nianbao.backend.parser.ocr.Tesseract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scanned PDFs: every fixture PDF rendered to grey pictures and put back as an image-only PDF (what a scanner makes),
 * then parsed — by OCR with Tesseract. Every cell is counted right, blank or WRONG against the hand-checked values;
 * the figures go to {@code target/ocr-evaluation.txt} (and docs/PARSER.md). A wrong number fails the test.
 *
 * <p>Without Tesseract the test is skipped with a message saying how to install it — except in CI ({@code CI=true}),
 * where its absence fails the build.
 */
class ScannedPdfTest {

    private static final int SCAN_DPI = 300;

    @BeforeAll
    static void tesseractIsInstalled() {
        Optional<String> problem = Tesseract.problem(OcrSettings.DEFAULT);
        if (problem.isPresent()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI 需要 Tesseract：" + problem.get());
            }
            Assumptions.abort("跳过扫描件（OCR）测试：" + problem.get());
        }
    }

    @Test
    void scannedFixturePdfsAreReadRightOrLeftBlankNeverWrong() {
        List<Fixtures.Fixture> pdfs = Fixtures.all().stream().filter(f -> f.name().endsWith(".pdf")).toList();
        assertThat(pdfs).isNotEmpty();
        StringBuilder report = new StringBuilder(String.format("Scanned PDFs (%d dpi, JPEG), read by OCR%n", SCAN_DPI))
                .append(String.format("%-24s %6s %6s %6s %6s %8s %7s%n", "document", "pages", "cells", "right", "blank",
                        "WRONG", "seconds"));
        int cells = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        try (ReportParser parser = new ReportParser()) {
            for (Fixtures.Fixture fixture : pdfs) {
                byte[] scan = ScannedPdf.of(fixture.bytes(), SCAN_DPI);
                long start = System.nanoTime();
                ParseOutcome outcome = parser.parse(fixture.name(), scan);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(outcome).as("%s, scanned", fixture).isInstanceOf(ParseOutcome.Parsed.class);
                ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
                AnnualReport expected = fixture.report();
                int documentRight = 0;
                int documentBlank = 0;
                int documentCells = 0;
                for (CellPath cell : HeldOutEvaluationTest.cells(expected)) {
                    Number want = cell.valueIn(expected);
                    Number got = cell.valueIn(parsed.report());
                    documentCells++;
                    if (want == null ? got == null : got != null
                            && new java.math.BigDecimal(want.toString()).compareTo(new java.math.BigDecimal(got.toString())) == 0) {
                        documentRight++;
                    } else if (got == null) {
                        documentBlank++;
                    } else {
                        wrong.add(fixture.name() + " " + cell.path() + ": printed " + want + ", read " + got);
                    }
                }
                cells += documentCells;
                right += documentRight;
                report.append(String.format("%-24s %6d %6d %6d %6d %8d %7.1f%n", fixture.name(), pages(scan),
                        documentCells, documentRight, documentBlank, documentCells - documentRight - documentBlank, seconds));
                assertThat(parsed.report().agency()).as("agency of %s", fixture).isEqualTo(expected.agency());
                assertThat(parsed.report().year()).as("year of %s", fixture).isEqualTo(expected.year());
                assertThat(parsed.findings()).extracting(Finding::code).contains("OCR_READ");
            }
        }
        report.append(String.format("all: %d cells, %d right (%.1f %%), %d wrong%n", cells, right, right * 100.0 / cells,
                wrong.size()));
        wrong.forEach(w -> report.append("  WRONG ").append(w).append('\n'));
        write(report.toString());
        assertThat(wrong).as("wrong numbers read from scans").isEmpty();
        assertThat(right * 100.0 / cells).as("per cent of cells right").isGreaterThanOrEqualTo(90.0);
    }

    private static int pages(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String report) {
        System.out.println(report);
        try {
            Files.writeString(Path.of("target", "ocr-evaluation.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
