package cn.nianbao.backend.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * Every chart on the demo city in every format, read back as a person's tools would: the SVG parses and draws its
 * words as outlines (no {@code <text>} needing a font); the PNG decodes at the figure's size, twice that at scale 2;
 * the PDF opens with PDFBox, has one page, embeds its font and holds the Chinese title as text. The files are kept in
 * {@code target/chart-samples} to be looked at.
 */
@BackendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartFilesOnDemoDataTest {

    static final Path SAMPLES = Path.of("target", "chart-samples");

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void theDemoCity() throws IOException, InterruptedException {
        DemoCharts.load(context);
        web = TestUsers.as(web, context, "supervisor").mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
                .responseTimeout(java.time.Duration.ofSeconds(60)).build();
        Files.createDirectories(SAMPLES);
        runTheQualityRulesOverTheCity();
    }

    /** One run of every rule over the demo city, waited for: the quality history then has a point. */
    private void runTheQualityRulesOverTheCity() throws InterruptedException {
        JsonNode run = ContractJson.MAPPER.readTree(web.post().uri("/api/quality/runs")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(java.util.Map.of("region", "demo")).exchange()
                .expectStatus().isAccepted().expectBody(byte[].class).returnResult().getResponseBody());
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (run.get("status").asString().equals("running") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            run = ContractJson.MAPPER.readTree(web.get().uri("/api/quality/runs/{id}", run.get("id").asLong())
                    .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
        }
        assertThat(run.get("status").asString()).isEqualTo("finished");
    }

    /** Each chart with the parameters that show it at its fullest on the demo data. */
    static Stream<Arguments> charts() {
        return Stream.of(
                Arguments.of("overview", "&lines=both&top=6"),
                Arguments.of("outcomes", ""),
                Arguments.of("applicants", ""),
                Arguments.of("reviews", ""),
                Arguments.of("ranking", "&metric=rate.disclosure"),
                Arguments.of("heatmap", "&metric=requests.new_received.total"),
                Arguments.of("small-multiples", "&top=12"),
                Arguments.of("quality-history", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void svgParsesAndDrawsItsWordsAsOutlines(String chart, String parameters) throws Exception {
        byte[] svg = file(chart, parameters, "svg", 1);
        Files.write(SAMPLES.resolve(chart + ".svg"), svg);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(document.getElementsByTagNameNS("*", "text").getLength()).as("<text> elements").isZero();
        assertThat(document.getElementsByTagNameNS("*", "path").getLength()).as("glyph outlines").isGreaterThan(20);
        assertThat(root.getAttribute("aria-label")).startsWith(data(chart, parameters).get("title").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pngDecodesAtItsSizeAndTwiceThatForSlides(String chart, String parameters) throws Exception {
        byte[] once = file(chart, parameters, "png", 1);
        byte[] twice = file(chart, parameters, "png", 2);
        Files.write(SAMPLES.resolve(chart + ".png"), once);
        Files.write(SAMPLES.resolve(chart + "@2x.png"), twice);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(once));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(twice));
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isBetween(ChartRequest.MIN_HEIGHT, ChartRequest.MAX_HEIGHT);
        assertThat(large.getWidth()).isEqualTo(2 * image.getWidth());
        assertThat(large.getHeight()).isEqualTo(2 * image.getHeight());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pdfHasOnePageItsFontEmbeddedAndTheChineseTitleAsText(String chart, String parameters) throws Exception {
        byte[] pdf = file(chart, parameters, "pdf", 1);
        Files.write(SAMPLES.resolve(chart + ".pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            List<PDFont> fonts = fonts(document.getPage(0));
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("WenQuanYi");
            });
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            JsonNode data = data(chart, parameters);
            assertThat(text).contains(data.get("title").asString().replaceAll("\\s", ""));
            assertThat(text).contains(data.get("caption").asString().replaceAll("\\s", "").substring(0, 12));
        }
    }

    private byte[] file(String chart, String parameters, String format, int scale) {
        byte[] body = web.get().uri("/api/charts/" + chart + "?region=demo&format=" + format + "&scale=" + scale
                        + parameters)
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(body).isNotEmpty();
        return body;
    }

    private JsonNode data(String chart, String parameters) {
        byte[] body = web.get().uri("/api/charts/" + chart + "/data?region=demo" + parameters)
                .accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        return ContractJson.MAPPER.readTree(body);
    }

    /** The fonts a page uses, in its own resources and in the form it draws. */
    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        collect(page.getResources(), fonts);
        return fonts;
    }

    private static void collect(org.apache.pdfbox.pdmodel.PDResources resources, List<PDFont> fonts)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
