package cn.nianbao.frontend.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.comparison.TownshipComparisonView;
import cn.nianbao.frontend.overview.OverviewView;
import cn.nianbao.frontend.rollup.RollupView;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;

/**
 * The download links of the tables and the meeting pack: each asks the backend's export endpoint (which makes,
 * scope-checks and audits the file) with the page's region, years and choices, and hands the file on.
 */
@SignedInAs("supervisor")
@ViewPackages(classes = {OverviewView.class, RollupView.class, TownshipComparisonView.class, MainLayout.class})
class ExportDownloadsTest extends DashboardTest {

    @Test
    void theRollupDownloadsAsXlsxDocxAndCsv() throws Exception {
        navigate(RollupView.class);
        ExportLinks links = $(ExportLinks.class).single();
        List<Anchor> anchors = $(Anchor.class, links).all();
        assertEquals(List.of("XLSX", "DOCX", "CSV"), anchors.stream().map(Anchor::getText).toList());
        assertEquals("下载：", links.getElement().getChild(0).getTextRecursively());

        String request = download(anchors.get(1), "GET /api/exports/rollup");
        assertEquals("GET /api/exports/rollup?region=demo-city&year=2024&format=docx", request);
    }

    @Test
    void theComparisonDownloadsEachBodysFigures() throws Exception {
        navigate(TownshipComparisonView.class);
        List<Anchor> anchors = $(Anchor.class, $(ExportLinks.class).single()).all();
        assertEquals(List.of("XLSX", "CSV"), anchors.stream().map(Anchor::getText).toList());
        String request = download(anchors.get(1), "GET /api/exports/bodies");
        assertTrue(request.startsWith("GET /api/exports/bodies?region=demo-city&metric=requests.new_received.total"
                + "&year=2024&from=2019&to=2024&kind=TOWNSHIP&format=csv"), request);
    }

    @Test
    void theMeetingPackIsPickedInADialogOnTheOverview() throws Exception {
        navigate(OverviewView.class);
        test($(Button.class).withClassName("meeting-pack-button").single()).click();
        MeetingPackDialog dialog = $(MeetingPackDialog.class).single();
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> charts = $(CheckboxGroup.class, dialog).withClassName("pack-charts").single();
        charts.setValue(java.util.Set.of("ranking", "outcomes"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> format = $(RadioButtonGroup.class, dialog).withClassName("pack-format").single();
        format.setValue("pdf");
        Anchor download = $(Anchor.class, dialog).withClassName("pack-download").single();
        assertEquals("下载会议材料", download.getText());

        String request = download(download, "GET /api/exports/pack");
        assertEquals("GET /api/exports/pack?region=demo-city&from=2019&to=2024&charts=outcomes,ranking"
                + "&tables=rollup,findings&format=pdf", request);
    }

    @Test
    void theQualityPagesLinksAreOneLineEach() throws Exception {
        navigate(RollupView.class);
        ExportLinks completeness = ExportLinks.completeness("demo-city", 2019, 2024);
        ExportLinks findings = ExportLinks.findings("demo-city", null, null);
        com.vaadin.flow.component.UI.getCurrent().add(completeness, findings);
        assertEquals("GET /api/exports/completeness?region=demo-city&from=2019&to=2024&format=csv",
                download($(Anchor.class, completeness).withClassName("export-download-csv").single(),
                        "GET /api/exports/completeness"));
        assertEquals("GET /api/exports/findings?region=demo-city&format=xlsx",
                download($(Anchor.class, findings).withClassName("export-download-xlsx").single(),
                        "GET /api/exports/findings"));
    }

    /** Clicks the link's download and waits for the backend to be asked. */
    private String download(Anchor anchor, String prefix) throws Exception {
        int before = BackendStub.shared().requests().size();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test(anchor).download(bytes);
        assertTrue(bytes.size() > 0, "the file came");
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            List<String> requests = BackendStub.shared().requests();
            var found = requests.subList(before, requests.size()).stream().filter(r -> r.startsWith(prefix))
                    .findFirst();
            if (found.isPresent()) {
                return java.net.URLDecoder.decode(found.get(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Thread.sleep(50);
        }
        throw new AssertionError(prefix + " never arrived");
    }
}
