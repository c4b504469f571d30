package cn.nianbao.backend.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.backend.chart.DemoCharts;
import cn.nianbao.backend.chart.rendering.ChartFonts;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestUsers;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The exports on the demo city, read back with the tools a person's office software is built on: the roll-up's
 * workbook equals {@code GET /api/analytics/rollup} cell by cell (every table, row and column, found by its Chinese
 * label as a reader finds it), the Word form and the CSV hold the same; the other grids show their endpoints'
 * figures; the meeting pack has its slides, native tables and sharp pictures, and its PDF the embedded font and the
 * Chinese text. The files are kept in {@code target/export-samples} to be looked at (and converted by
 * {@link OfficeFilesInLibreOfficeTest}).
 */
@BackendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsOnDemoDataTest {

    static final Path SAMPLES = Path.of("target", "export-samples");

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void theDemoCity() throws IOException {
        DemoCharts.load(context);
        web = client("supervisor");
        Files.createDirectories(SAMPLES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024})
    void theRollupWorkbookEqualsTheRollupEndpointCellByCell(int year) throws IOException {
        JsonNode rollup = json("/api/analytics/rollup?region=demo&year=" + year);
        byte[] xlsx = file("/api/exports/rollup?region=demo&year=" + year + "&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Files.write(SAMPLES.resolve("rollup-" + year + ".xlsx"), xlsx);
        int compared = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet proactive = workbook.getSheetAt(0);
            Sheet requests = workbook.getSheetAt(1);
            Sheet reviews = workbook.getSheetAt(2);
            assertThat(text(proactive, 0, 0)).contains(Integer.toString(year)).contains("汇总表");
            assertThat(proactive.getNumMergedRegions()).isGreaterThan(5);
            assertThat(requests.getNumMergedRegions()).isGreaterThan(10);

            for (ProactiveRow row : ProactiveRow.values()) {
                Row found = rowLabelled(proactive, row.label());
                int column = 1;
                for (ProactiveField field : ProactiveField.values()) {
                    if (field.belongsTo(row)) {
                        compare(rollup, "proactive", row.code(), field.code(), found.getCell(column++));
                        compared++;
                    }
                }
            }
            for (RequestRow row : RequestRow.values()) {
                Row found = requestRow(requests, rollup, row);
                if (found == null) {
                    assertThat(rollup.path("report").path("requests").has(row.code())).as(row.code()).isFalse();
                    continue;
                }
                int column = 3;
                for (ApplicantColumn applicant : ApplicantColumn.values()) {
                    compare(rollup, "requests", row.code(), applicant.code(), found.getCell(column++));
                    compared++;
                }
            }
            Row values = reviews.getRow(rowLabelled(reviews, ReviewRow.ADMINISTRATIVE_REVIEW.label()).getRowNum() + 3);
            int column = 0;
            for (ReviewRow row : ReviewRow.values()) {
                for (ReviewOutcome outcome : ReviewOutcome.values()) {
                    compare(rollup, "reviews", row.code(), outcome.code(), values.getCell(column++));
                    compared++;
                }
            }
        }
        assertThat(compared).as("cells compared").isGreaterThanOrEqualTo(10 + 23 * 7 + 15);
    }

    /**
     * The CSV's table 3 equals the endpoint cell by cell, and its last column lists, row by row, the cells that bodies
     * printed blank with their count — 2022 is the year a demo body left two applicant columns blank.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2021, 2022})
    void theRollupCsvEqualsTheRollupEndpointCellByCellWithItsBlanks(int year) throws IOException {
        JsonNode rollup = json("/api/analytics/rollup?region=demo&year=" + year);
        byte[] csv = file("/api/exports/rollup?region=demo&year=" + year + "&format=csv", "text/csv;charset=UTF-8");
        List<List<String>> lines = csvLines(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        for (String title : List.of(RollupGrids.PROACTIVE_TITLE, RollupGrids.REQUESTS_TITLE, RollupGrids.REVIEWS_TITLE)) {
            int at = lines.indexOf(List.of(title));
            assertThat(at).as(title).isPositive();
            assertThat(lines.get(at + 1).getLast()).as(title).isEqualTo(RollupGrids.BLANK_COLUMN);
        }
        int start = lines.indexOf(List.of(RollupGrids.REQUESTS_TITLE));
        int compared = 0;
        int blanks = 0;
        for (RequestRow row : RequestRow.values()) {
            List<String> found = null;
            for (List<String> line : lines.subList(start + 4, lines.size())) {
                if (line.size() < 11) {
                    break;
                }
                String label = line.subList(0, 3).stream().filter(text -> !text.isEmpty()).reduce((a, b) -> b)
                        .orElse("");
                if (label.equals(row.label()) || row == RequestRow.OTHER_UNSPLIT
                        && label.equals(RollupGrids.OTHER_UNSPLIT_LABEL)) {
                    found = line;
                }
            }
            JsonNode values = rollup.path("report").path("requests").path(row.code());
            if (found == null) {
                assertThat(values.isMissingNode()).as(row.code()).isTrue();
                continue;
            }
            List<String> listed = found.getLast().isEmpty() ? List.of() : List.of(found.getLast().split("；"));
            int blankCells = 0;
            int column = 3;
            for (ApplicantColumn applicant : ApplicantColumn.values()) {
                JsonNode expected = values.path(applicant.code());
                String where = row.code() + "." + applicant.code();
                assertThat(found.get(column++)).as(where)
                        .isEqualTo(expected.isMissingNode() || expected.isNull() ? "" : expected.asString());
                int blank = rollup.path("blank").path("requests").path(row.code()).path(applicant.code()).asInt(0);
                if (blank > 0) {
                    blankCells++;
                    assertThat(listed).as(where).anyMatch(entry -> entry.matches(
                            "(.*·)?" + applicant.label() + "：" + blank + " 空白"));
                }
                compared++;
            }
            assertThat(listed).as(row.code() + " blanks").hasSize(blankCells);
            blanks += blankCells;
        }
        assertThat(compared).isGreaterThanOrEqualTo(23 * 7);
        if (year == 2022) {
            assertThat(blanks).as("cells printed blank by t13").isGreaterThan(0);
        }
    }

    @Test
    void theRollupAsWordAndCsvHoldsTheSameFigures() throws IOException {
        JsonNode rollup = json("/api/analytics/rollup?region=demo&year=2024");
        long newReceived = rollup.path("report").path("requests").path("new_received").path("total").asLong();
        byte[] docx = file("/api/exports/rollup?region=demo&year=2024&format=docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Files.write(SAMPLES.resolve("rollup-2024.docx"), docx);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(word.getTables()).hasSize(3);
            assertThat(word.getParagraphs().getFirst().getText()).contains("2024 年度政府信息公开工作年度报告汇总表");
            var table = word.getTables().get(1);
            var row = table.getRows().stream().filter(r -> r.getCell(0).getText().startsWith("一、本年新收"))
                    .findFirst().orElseThrow();
            assertThat(row.getTableCells().getLast().getText()).isEqualTo(Long.toString(newReceived));
            assertThat(word.getParagraphs().getFirst().getRuns().getFirst().getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo(ChartFonts.FAMILY);
            TrueTypeFont embedded = embeddedFont(word);
            assertThat(embedded.getNaming().getFontFamily()).isEqualTo(ChartFonts.FAMILY);
            String everything;
            try (var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
                    new XWPFDocument(new ByteArrayInputStream(docx)))) {
                everything = extractor.getText();
            }
            assertThat(everything).contains("本年制发件数").contains("行政复议");
            for (int c : everything.codePoints().filter(c -> !Character.isWhitespace(c)).distinct().toArray()) {
                assertThat(embedded.getUnicodeCmapLookup().getGlyphId(c)).as("the glyph of " + Character.toString(c))
                        .isPositive();
            }
            assertThat(embedded.getNumberOfGlyphs()).as("cut to the form's characters").isLessThan(2000);
        }
        byte[] csv = file("/api/exports/rollup?region=demo&year=2024&format=csv", "text/csv;charset=UTF-8");
        Files.write(SAMPLES.resolve("rollup-2024.csv"), csv);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> line = csvLines(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).stream()
                .filter(fields -> fields.getFirst().equals(RequestRow.NEW_RECEIVED.label())).findFirst().orElseThrow();
        assertThat(line.get(3 + ApplicantColumn.TOTAL.ordinal())).isEqualTo(Long.toString(newReceived));
    }

    @Test
    void theOtherGridsShowTheirEndpointsFigures() throws IOException {
        JsonNode ranking = json("/api/analytics/ranking?region=demo&metric=rate.disclosure&year=2024&kind=TOWNSHIP");
        byte[] bodies = file("/api/exports/bodies?region=demo&metric=rate.disclosure&year=2024&kind=TOWNSHIP",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Files.write(SAMPLES.resolve("bodies.xlsx"), bodies);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bodies))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = workbook.getSheetAt(0);
            for (JsonNode line : ranking.get("lines")) {
                Row row = rowWith(sheet, 1, line.get("agency_name").asString());
                JsonNode current = line.get("current");
                if (current.get("state").asString().equals("reported") && !current.get("value").isNull()) {
                    assertThat(row.getCell(2).getNumericCellValue()).as(line.get("agency_name").asString())
                            .isCloseTo(current.get("value").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
                } else {
                    assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
                }
            }
        }
        byte[] bodiesCsv = file("/api/exports/bodies?region=demo&metric=rate.disclosure&format=csv",
                "text/csv;charset=UTF-8");
        assertThat(new String(bodiesCsv, StandardCharsets.UTF_8)).contains("公开率排名");

        JsonNode matrix = json("/api/quality/completeness?region=demo&from=2019&to=2024");
        byte[] completeness = file("/api/exports/completeness?region=demo&from=2019&to=2024",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Files.write(SAMPLES.resolve("completeness.xlsx"), completeness);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(completeness))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (JsonNode body : matrix.get("bodies")) {
                Row row = rowWith(sheet, 0, body.get("agency_name").asString());
                for (int i = 0; i < body.get("cells").size(); i++) {
                    String state = body.get("cells").get(i).get("state").asString();
                    String shown = row.getCell(2 + i).getStringCellValue();
                    assertThat(shown).as(body.get("agency_name").asString() + " " + i).startsWith(switch (state) {
                        case "missing" -> "缺报";
                        case "late" -> "逾期";
                        case "errors" -> "有错误";
                        case "warnings" -> "有警告";
                        case "clean" -> "无问题";
                        default -> "无需报送";
                    });
                }
            }
        }

        EntityExchangeResult<byte[]> page = web.get().uri("/api/findings?region=demo&limit=1").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult();
        int total = Integer.parseInt(page.getResponseHeaders().getFirst("X-Total-Count"));
        byte[] findings = file("/api/exports/findings?region=demo&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Files.write(SAMPLES.resolve("findings.xlsx"), findings);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(findings))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = rowWith(sheet, 0, "年度").getRowNum();
            int listed = 0;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    listed++;
                }
            }
            assertThat(listed).isEqualTo(Math.min(total, ExportService.MAX_FINDINGS)).isGreaterThan(0);
        }
        byte[] findingsCsv = file("/api/exports/findings?region=demo&format=csv&severity=error",
                "text/csv;charset=UTF-8");
        Files.write(SAMPLES.resolve("findings.csv"), findingsCsv);
        assertThat(new String(findingsCsv, StandardCharsets.UTF_8)).contains("错误").doesNotContain("警告,");
    }

    @Test
    void theMeetingPackHasATitleSlideOneChartPerSlideAndNativeTables() throws IOException {
        String charts = "overview,outcomes,applicants,reviews,ranking:rate.disclosure,heatmap,small-multiples";
        byte[] pptx = file("/api/exports/pack?region=demo&from=2019&to=2024&format=pptx&charts=" + charts
                        + "&tables=rollup,findings,completeness",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        Files.write(SAMPLES.resolve("pack.pptx"), pptx);
        JsonNode outcomes = json("/api/charts/outcomes/data?region=demo&from=2019&to=2024");
        JsonNode rollup = json("/api/analytics/rollup?region=demo&year=2024");
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            List<XSLFSlide> slides = show.getSlides();
            assertThat(texts(slides.getFirst())).contains("示例市政府信息公开工作情况").contains("2019—2024 年");
            for (int i = 1; i <= 7; i++) {
                assertThat(slides.get(i).getShapes()).filteredOn(XSLFPictureShape.class::isInstance).hasSize(1);
                XSLFPictureShape picture = (XSLFPictureShape) slides.get(i).getShapes().stream()
                        .filter(XSLFPictureShape.class::isInstance).findFirst().orElseThrow();
                java.awt.Dimension pixels = picture.getPictureData().getImageDimensionInPixels();
                assertThat(pixels.getWidth()).as("a 2× picture").isGreaterThanOrEqualTo(2 * picture.getAnchor()
                        .getWidth());
                assertThat(picture.getAnchor().getMaxY()).isLessThanOrEqualTo(show.getPageSize().getHeight());
            }
            assertThat(texts(slides.get(2))).contains(outcomes.get("title").asString())
                    .contains(outcomes.get("caption").asString());
            List<XSLFTable> tables = new ArrayList<>();
            for (XSLFSlide slide : slides.subList(8, slides.size())) {
                slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast)
                        .forEach(tables::add);
                for (XSLFShape shape : slide.getShapes()) {
                    assertThat(shape.getAnchor().getMaxY()).as("on the slide: " + texts(slide).lines().findFirst().orElse(""))
                            .isLessThanOrEqualTo(show.getPageSize().getHeight());
                }
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(5);
            String newReceived = rollup.path("report").path("requests").path("new_received").path("total").asString();
            assertThat(tables.stream().flatMap(t -> t.getRows().stream())
                    .filter(row -> row.getCells().getFirst().getText().startsWith("一、本年新收"))
                    .map(row -> row.getCells().getLast().getText())).contains(newReceived);
        }

        byte[] pdf = file("/api/exports/pack?region=demo&from=2019&to=2024&format=pdf&charts=" + charts
                + "&tables=rollup,findings,completeness", "application/pdf");
        Files.write(SAMPLES.resolve("pack.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1 + 7 + 5);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("示例市政府信息公开工作情况").contains(outcomes.get("title").asString()
                    .replaceAll("\\s", "")).contains("三、收到和处理政府信息公开申请情况");
        }
    }

    @Test
    void everyExportIsRecordedAndScopeChecked() throws IOException {
        file("/api/exports/rollup?region=demo&year=2023&format=csv", "text/csv;charset=UTF-8");
        JsonNode events = ContractJson.MAPPER.readTree(client("admin").get().uri("/api/audit?action=EXPORT")
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
        assertThat(events.get(0).get("target").asString()).startsWith("汇总表CSV：示例市 2023 年度");
        assertThat(events.get(0).get("agency_code").asString()).isEqualTo("demo");

        WebTestClient clerk = client("clerk");
        for (String uri : List.of("/api/exports/rollup?region=demo", "/api/exports/completeness?region=demo",
                "/api/exports/findings?region=demo", "/api/exports/bodies?region=demo",
                "/api/exports/pack?region=demo&charts=outcomes&tables=rollup")) {
            clerk.get().uri(uri).exchange().expectStatus().isNotFound().expectBody(Void.class);
        }
        clerk.get().uri("/api/exports/rollup?region=demo.t01&format=xlsx").exchange().expectStatus().isOk()
                .expectBody(Void.class);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("/api/exports/rollup?region=demo&format=pptx", "format"),
                Arguments.of("/api/exports/rollup?format=xlsx", "region"),
                Arguments.of("/api/exports/rollup?region=demo&year=1999", "year"),
                Arguments.of("/api/exports/completeness?region=demo&format=docx", "format"),
                Arguments.of("/api/exports/bodies?region=demo&metric=nothing", "metric"),
                Arguments.of("/api/exports/findings?region=demo&severity=fatal", "severity"),
                Arguments.of("/api/exports/pack?region=demo&from=2010&to=2024", "from"),
                Arguments.of("/api/exports/pack?region=demo&charts=" + "outcomes,".repeat(13), "charts"),
                Arguments.of("/api/exports/pack?region=demo&charts=pie", "charts"),
                Arguments.of("/api/exports/pack?region=demo&charts=outcomes:rate.disclosure", "charts"),
                Arguments.of("/api/exports/pack?region=demo&tables=everything", "tables"),
                Arguments.of("/api/exports/pack?region=demo&format=docx", "format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badParametersAreRefusedInChineseNamingTheParameter(String uri, String field) {
        web.get().uri(uri).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).containsPattern("\\p{IsHan}"));
    }

    /**
     * The pack, the roll-up workbook and the Word form converted to PDF by LibreOffice headless and rendered to PNG by
     * pdftoppm (kept in {@code target/export-samples/libreoffice} to be looked at): the text layer holds the Chinese
     * titles and the key figures. LibreOffice is given the shipped font (a private fontconfig file) the way a reader's
     * machine has a Chinese font: Office files name a face, they cannot carry one. Skipped without {@code soffice},
     * except in CI.
     */
    @Test
    void officeFilesReadRightInLibreOffice() throws Exception {
        OfficeConversion office = OfficeConversion.find();
        JsonNode rollup = json("/api/analytics/rollup?region=demo&year=2024");
        String newReceived = rollup.path("report").path("requests").path("new_received").path("total").asString();
        JsonNode outcomes = json("/api/charts/outcomes/data?region=demo&from=2019&to=2024");
        Path out = Files.createDirectories(SAMPLES.resolve("libreoffice"));
        Path pptx = Files.write(out.resolve("pack.pptx"), file("/api/exports/pack?region=demo&from=2019&to=2024"
                + "&charts=outcomes,ranking&tables=rollup,findings&format=pptx",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        Path xlsx = Files.write(out.resolve("rollup.xlsx"), file("/api/exports/rollup?region=demo&year=2024",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Path docx = Files.write(out.resolve("form.docx"), file("/api/exports/rollup?region=demo&year=2024&format=docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        String pack = office.text(pptx);
        assertThat(pack).contains("示例市政府信息公开工作情况").contains(outcomes.get("title").asString().replaceAll("\\s", ""))
                .contains("三、收到和处理政府信息公开申请情况").contains(newReceived).contains("待审核的质量问题");
        assertThat(office.text(xlsx)).contains("2024年度政府信息公开工作年度报告汇总表").contains("本年新收政府信息公开申请数量")
                .contains(newReceived);
        assertThat(office.text(docx)).contains("2024年度政府信息公开工作年度报告汇总表").contains("行政复议")
                .contains(newReceived);
        // the form carries its font: without the shipped one LibreOffice still sets the Chinese in it
        OfficeConversion machine = office.withoutShippedFont();
        Path bare = Files.copy(docx, Files.createDirectories(out.resolve("machine-fonts")).resolve("form.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(machine.text(bare)).contains("2024年度政府信息公开工作年度报告汇总表").contains(newReceived);
        assertThat(OfficeConversion.fonts(bare.resolveSibling("form-docx.pdf")))
                .anyMatch(name -> name.contains(ChartFonts.FAMILY.replace(" ", "")));
        assertThat(office.pages(pptx)).isGreaterThanOrEqualTo(1 + 2 + 4);
    }

    /** The figure as a number or a blank, and the bodies that printed it blank in the cell's comment. */
    private void compare(JsonNode rollup, String table, String row, String column, Cell cell) {
        JsonNode expected = rollup.path("report").path(table).path(row).path(column);
        String where = table + "." + row + "." + column;
        int blank = rollup.path("blank").path(table).path(row).path(column).asInt(0);
        if (blank > 0) {
            assertThat(cell.getCellComment()).as(where + " comment").isNotNull();
            assertThat(cell.getCellComment().getString().getString()).as(where).startsWith(blank + " 空白");
        } else {
            assertThat(cell == null || cell.getCellComment() == null).as(where + " without comment").isTrue();
        }
        if (expected.isMissingNode() || expected.isNull()) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where + " blank").isTrue();
        } else {
            assertThat(cell.getCellType()).as(where + " numeric").isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(expected.asDouble());
        }
    }

    /** The row whose last label among columns A–C is the template's label of {@code row}. */
    private static Row requestRow(Sheet sheet, JsonNode rollup, RequestRow row) {
        for (Row candidate : sheet) {
            String label = "";
            for (int c = 0; c < 3; c++) {
                String text = text(sheet, candidate.getRowNum(), c);
                if (!text.isEmpty()) {
                    label = text;
                }
            }
            if (label.equals(row.label()) || row == RequestRow.OTHER_UNSPLIT
                    && label.equals(RollupGrids.OTHER_UNSPLIT_LABEL)) {
                return candidate;
            }
        }
        return null;
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        return rowWith(sheet, 0, label);
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (text(sheet, row.getRowNum(), column).equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with “" + text + "” in column " + column + " of " + sheet.getSheetName());
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /**
     * The font the Word file embeds, its obfuscation undone as Word undoes it: the first 32 bytes XORed with the
     * font table's key, its 16 bytes taken from the last.
     */
    private static TrueTypeFont embeddedFont(XWPFDocument word) throws IOException {
        var table = word.getPackage().getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        assertThat(table).hasSize(1);
        String xml = new String(table.getFirst().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var key = java.util.regex.Pattern.compile("w:fontKey=\"\\{([0-9A-F-]{36})}\"").matcher(xml);
        assertThat(key.find()).as(xml).isTrue();
        byte[] guid = java.util.HexFormat.of().parseHex(key.group(1).replace("-", "").toLowerCase());
        var fonts = word.getPackage().getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.obfuscatedFont");
        assertThat(fonts).hasSize(1);
        byte[] font = fonts.getFirst().getInputStream().readAllBytes();
        for (int i = 0; i < 32; i++) {
            font[i] ^= guid[15 - i % 16];
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    /** RFC 4180 as the CSV writer writes it: fields in quotes where they hold a comma, a quote or a line break. */
    private static List<List<String>> csvLines(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString().replaceAll("\r$", ""));
                field.setLength(0);
                lines.add(List.copyOf(fields));
                fields.clear();
            } else {
                field.append(c);
            }
        }
        return lines;
    }

    private static String texts(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape words) {
                text.append(words.getText()).append('\n');
            }
        }
        return text.toString();
    }

    private byte[] file(String uri, String mediaType) {
        EntityExchangeResult<byte[]> result = web.get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().contentType(mediaType)
                .expectBody(byte[].class).returnResult();
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=").contains("filename*=UTF-8''");
        assertThat(result.getResponseBody()).isNotEmpty();
        return result.getResponseBody();
    }

    private JsonNode json(String uri) {
        return ContractJson.MAPPER.readTree(web.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody());
    }

    private WebTestClient client(String user) {
        return TestUsers.as(web, context, user).mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
                .responseTimeout(Duration.ofSeconds(120)).build();
    }
}
