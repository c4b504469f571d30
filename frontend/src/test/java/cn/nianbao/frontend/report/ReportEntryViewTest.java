package cn.nianbao.frontend.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.BackendJson;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@SignedInAs("clerk")
@ViewPackages(classes = {ReportEntryView.class, ReportView.class, MainLayout.class})
class ReportEntryViewTest extends DashboardTest {

    private ReportForm correct() {
        navigate("report-entry/demo-city.t01/2023", ReportEntryView.class);
        return $(ReportForm.class).single();
    }

    @Test
    void theCorrectionFormHoldsTheActiveVersionCellByCellInTheReportsLayout() {
        ReportForm form = correct();
        assertTrue($(ReportEntryView.class).single().getPageTitle().contains("更正：示例市东城街道办事处 2023 年度年报（当前第 2 版）"));
        assertEquals("21", form.cellAt("requests.new_received.natural_person").getValue());
        // printed blank: an empty input, not 0
        assertEquals("", form.cellAt("requests.new_received.commercial").getValue());
        assertEquals("0", form.cellAt("requests.new_received.research").getValue());
        assertEquals("7730.28", form.cellAt("proactive.fees.amount_wan_yuan").getValue());
        // this report prints （六）其他处理 as one row (2019 layout): 23 rows × 7 columns, 表四 3 × 5
        assertEquals(23 * 7, form.fields().keySet().stream().filter(p -> p.startsWith("requests.")).count());
        assertEquals(15, form.fields().keySet().stream().filter(p -> p.startsWith("reviews.")).count());
        assertEquals("示例市东城街道办事处", form.agency.getValue());
        // a screen reader names each input by its place in the template
        assertEquals(java.util.Optional.of("表三 · （三）不予公开1.属于国家秘密 · 自然人"),
                form.cellAt("requests.denied_state_secret.natural_person").getAriaLabel());
    }

    @Test
    void aNegativeOrBrokenNumberAndAMissingReasonAreRefusedBeforeAnythingIsSent() {
        ReportForm form = correct();
        int puts = BackendStub.shared().received("PUT ").size();
        TextField cell = form.cellAt("requests.granted.total");
        cell.setValue("-3");
        assertTrue(cell.isInvalid());
        assertEquals("请填写不小于 0 的整数，或留空", cell.getErrorMessage());
        test($(Button.class).withClassName("entry-save").single()).click();
        cell.setValue("12");
        assertFalse(cell.isInvalid());
        form.cellAt("proactive.fees.amount_wan_yuan").setValue("1.5");
        assertFalse(form.cellAt("proactive.fees.amount_wan_yuan").isInvalid());
        test($(Button.class).withClassName("entry-save").single()).click();
        assertTrue(form.reason.isInvalid());
        assertEquals("请填写更正原因", form.reason.getErrorMessage());
        assertEquals(puts, BackendStub.shared().received("PUT ").size());
    }

    @Test
    void savingSendsTheReportWithTheReasonOpensTheReportAndShowsTheFindings() {
        ReportForm form = correct();
        form.cellAt("requests.new_received.natural_person").setValue("24");
        form.reason.setValue("按纸质原件更正新收申请数");
        test($(Button.class).withClassName("entry-save").single()).click();

        BackendStub.Request put = BackendStub.shared().received("PUT /api/reports/demo-city.t01/2023").getLast();
        assertEquals("按纸质原件更正新收申请数", URLDecoder.decode(put.target().substring(put.target().indexOf("reason=") + 7),
                StandardCharsets.UTF_8));
        JsonNode report = BackendJson.MAPPER.readTree(put.body());
        assertEquals(24, report.path("requests").path("new_received").path("natural_person").asInt());
        // blank stays blank (null), a printed 0 stays 0, rows the report did not have stay absent
        assertTrue(report.path("requests").path("new_received").get("commercial").isNull());
        assertEquals(0, report.path("requests").path("new_received").path("research").asInt());
        assertTrue(report.path("requests").has("other_unsplit"));
        assertFalse(report.path("requests").has("other_no_correction"));
        assertEquals(2023, report.path("year").asInt());

        assertEquals("report/demo-city.t01/2023", UI.getCurrent().getActiveViewLocation().getPath());
        Dialog saved = $(Dialog.class).withClassName("entry-saved").single();
        assertEquals("已保存为第 3 版", saved.getHeaderTitle());
        assertTrue(saved.getElement().getTextRecursively().contains("表三（七）总计与各项之和不符"));
    }

    @Test
    void aReportThatExistsOnlyOnPaperIsTypedIntoABlankForm() {
        navigate("report-entry/demo-city.t01/2021", ReportEntryView.class);
        ReportForm form = $(ReportForm.class).single();
        assertTrue($(ReportEntryView.class).single().getPageTitle().contains("手工录入"));
        // the 2021 layout: 25 rows of 表三, every input empty
        assertEquals(25 * 7, form.fields().keySet().stream().filter(p -> p.startsWith("requests.")).count());
        assertEquals("", form.cellAt("requests.new_received.total").getValue());
        form.cellAt("requests.new_received.total").setValue("5");
        form.reason.setValue("纸质年报录入");
        test($(Button.class).withClassName("entry-save").single()).click();

        JsonNode report = BackendJson.MAPPER.readTree(
                BackendStub.shared().received("PUT /api/reports/demo-city.t01/2021").getLast().body());
        assertEquals(1, report.path("requests").size());
        assertEquals(5, report.path("requests").path("new_received").path("total").asInt());
        assertTrue(report.path("requests").path("new_received").get("natural_person").isNull());
        assertTrue(report.path("proactive").isNull() || report.path("proactive").isMissingNode());
    }
}
