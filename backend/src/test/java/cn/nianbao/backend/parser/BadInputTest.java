package cn.nianbao.backend.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.backend.parser.ocr.OcrSettings;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** Documents that are not readable reports: each gives a clear Chinese error naming the file, quickly. */
class BadInputTest {

    private static final Duration BOUND = Duration.ofSeconds(40);

    private final ReportParser parser = new ReportParser();

    private String failure(String name, byte[] bytes) {
        return failure(parser, name, bytes);
    }

    private static String failure(ReportParser parser, String name, byte[] bytes) {
        ParseOutcome outcome = assertTimeoutPreemptively(BOUND, () -> parser.parse(name, bytes));
        assertThat(outcome).as("outcome of %s", name).isInstanceOf(ParseOutcome.Failed.class);
        String message = ((ParseOutcome.Failed) outcome).message();
        assertThat(message).startsWith("无法解析文件「" + name + "」：");
        return message;
    }

    @Test
    void anEmptyFile() {
        assertThat(failure("空.txt", new byte[0])).contains("文件为空");
        assertThat(failure("空白.txt", " \n\t\r\n".getBytes())).contains("文件为空");
    }

    @Test
    void aScannedPdfWithoutTextLayer() throws IOException {
        byte[] scan;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 50, 400, 600); // a picture stands in for the scanned page
                    content.fill();
                }
            }
            document.save(out);
            scan = out.toByteArray();
        }
        ReportParser withoutTesseract = new ReportParser(ParseLimits.DEFAULT,
                new OcrSettings("tesseract-is-not-installed-here", 300, 30, 40_000_000L, Duration.ofSeconds(60), 0), 1, 1);
        assertThat(failure(withoutTesseract, "扫描件.pdf", scan)).contains("扫描件，无文字层")
                .contains("找不到文字识别程序 Tesseract").contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim");
        ReportParser ocrOff = new ReportParser(ParseLimits.DEFAULT, OcrSettings.OFF, 1, 1);
        assertThat(failure(ocrOff, "扫描件.pdf", scan)).contains("扫描件，无文字层").contains("文字识别（OCR）已关闭");
    }

    @Test
    void aScanWithMorePagesThanOcrReadsIsRefusedBeforeReadingAny() throws IOException {
        byte[] scan;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            scan = out.toByteArray();
        }
        ReportParser twoPages = new ReportParser(ParseLimits.DEFAULT,
                new OcrSettings("tesseract", 300, 2, 40_000_000L, Duration.ofSeconds(60), 0), 1, 1);
        assertThat(failure(twoPages, "长扫描件.pdf", scan)).contains("超过文字识别的页数上限 2 页");
    }

    @Test
    void aPdfLockedWithAPassword() throws IOException {
        byte[] locked;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(out);
            locked = out.toByteArray();
        }
        assertThat(failure("加密.pdf", locked)).contains("PDF 已加密");
    }

    @Test
    void aDocumentThatIsNotAnAnnualReport() {
        String news = "本市召开春季植树动员大会\n会议要求各单位认真组织，确保完成年度造林任务。\n会上还通报了去年的造林成绩。\n";
        assertThat(failure("新闻.txt", news.getBytes(StandardCharsets.UTF_8))).contains("不是政府信息公开工作年度报告");
    }

    @Test
    void aTruncatedPdf() {
        byte[] pdf = Fixtures.named("hongze-qu_2023.pdf").bytes();
        assertThat(failure("截断.pdf", Arrays.copyOf(pdf, pdf.length / 3))).contains("PDF 文件不完整");
    }

    @Test
    void aCorruptPdf() {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(failure("损坏.pdf", corrupt)).contains("PDF");
    }

    @Test
    void aTruncatedDocx() {
        byte[] docx = Renderings.docx(Fixtures.report("hongze-qu_2024"));
        assertThat(failure("截断.docx", Arrays.copyOf(docx, docx.length / 2))).contains("DOCX 文件损坏或不完整");
    }

    @Test
    void aZipBombDisguisedAsDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros); // 200 MB that deflate to about 200 KB
            }
        }
        assertThat(failure("炸弹.docx", bytes.toByteArray())).contains("ZIP 炸弹");
    }

    @Test
    void aZipThatIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("data.csv"));
            zip.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(failure("表格.docx", bytes.toByteArray())).contains("不是 Word 文档");
    }

    @Test
    void aFileAboveFiftyMegabytes() {
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) '0');
        assertThat(failure("大文件.txt", big)).contains("文件过大").contains("50 MB");
    }

    @Test
    void aLargeTextThatIsNotAReportFinishesWithinTheBound() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 8_000_000) {
            text.append("这是一段与年度报告无关的文字，重复很多次 12 34 56。\n");
        }
        assertThat(failure("长文本.txt", text.toString().getBytes(StandardCharsets.UTF_8))).contains("不是政府信息公开工作年度报告");
    }

    @Test
    void wordsPlacedFarBeyondThePageAreNotPaddedWithoutEnd() throws IOException {
        // a damaged file can move a word a billion points right: padded to its column, every word would be 250 M spaces
        byte[] far;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 60; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int line = 0; line < 100; line++) {
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(1e9f, 750 - 7 * line);
                        content.showText("Row " + line + " 12345");
                        content.endText();
                    }
                }
            }
            document.save(out);
            far = out.toByteArray();
        }
        assertThat(failure("远处的字.pdf", far)).contains("文字内容过长");
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        assertThat(failure("乱码.bin", garbage)).containsAnyOf("二进制", "无法识别的文本编码");
    }

    @Test
    void anOldWordDocument() {
        byte[] ole = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole, 0, 8);
        assertThat(failure("旧版.doc", ole)).contains("旧版 Office");
    }

    @Test
    void aTimeBudgetThatRunsOutGivesATimeoutError() {
        ReportParser impatient = new ReportParser(ParseLimits.DEFAULT.withTimeBudget(Duration.ZERO));
        ParseOutcome outcome = impatient.parse("慢.pdf", Fixtures.named("huaian-shi_2024.pdf").bytes());
        assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
        assertThat(((ParseOutcome.Failed) outcome).message()).contains("解析超时");
    }
}
