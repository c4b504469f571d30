package cn.nianbao.frontend.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.imports.ImportItem;
import cn.nianbao.frontend.backend.imports.ImportStatus;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.template.MissingTableNotice;
import cn.nianbao.frontend.template.RequestsTable;
import cn.nianbao.frontend.template.ReviewsTable;
import cn.nianbao.frontend.template.TemplateRow;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

@SignedInAs("clerk")
@ViewPackages(classes = {ImportView.class, MainLayout.class})
class ImportViewTest extends DashboardTest {

    @Test
    void checkingADocumentShowsItsTablesAndStoresNothing() {
        int jobs = BackendStub.shared().received("POST /api/imports").size();
        navigate(ImportView.class);
        test($(Checkbox.class).withClassName("check-only").single()).click();
        test($(Upload.class).single()).upload("石嘴镇2023年报.txt", "text/plain",
                "磐石市石嘴镇人民政府2023年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8));

        assertTrue(BackendStub.shared().requests().contains("POST /api/parse"));
        String result = $(ImportView.class).single().getElement().getTextRecursively();
        assertTrue(result.contains("识别为：磐石市石嘴镇人民政府，2023 年度，2021 年格式（国办公开办函〔2021〕30号）"), result);
        // the 2021 layout: （六）其他处理 split into three rows, so 25 data rows and 5 headings
        Grid<TemplateRow> grid = $(RequestsTable.class).single().grid();
        GridTester<Grid<TemplateRow>, TemplateRow> table = test(grid);
        assertEquals(30, table.size());
        assertEquals("（六）其他处理", table.getRow(24).label());
        assertTrue(table.getRow(24).heading());
        assertEquals(1, $(ReviewsTable.class).all().size());
        assertEquals(List.of(), $(MissingTableNotice.class).all());
        assertEquals(jobs, BackendStub.shared().received("POST /api/imports").size());
        // no job to start in this mode
        assertEquals(List.of(), $(Button.class).withClassName("import-start").all());
    }

    @Test
    void aDocumentTheParserCannotReadShowsTheBackendsChineseReason() {
        navigate(ImportView.class);
        test($(Checkbox.class).withClassName("check-only").single()).click();
        test($(Upload.class).single()).upload("随便.txt", "text/plain",
                BackendStub.UNPARSABLE.getBytes(StandardCharsets.UTF_8));

        String message = $(BackendErrorMessage.class).single().getElement().getTextRecursively();
        assertTrue(message.contains("无法解析文件"), message);
        assertTrue(message.contains("文件中没有找到政府信息公开工作年度报告的表格。"), message);
        assertEquals(List.of(), $(RequestsTable.class).all());
    }

    @Test
    void manyFilesGoAsOneJobWhoseProgressIsFollowedUntilTheSummary() {
        int before = BackendStub.shared().received("POST /api/imports").size();
        navigate(ImportView.class);
        Button start = $(Button.class).withClassName("import-start").single();
        assertFalse(start.isEnabled());
        Upload upload = $(Upload.class).single();
        test(upload).upload("a-2023.txt", "text/plain", "甲".getBytes(StandardCharsets.UTF_8));
        test(upload).upload("reports.zip", "application/zip", new byte[] {'P', 'K', 3, 4});
        test(upload).upload("unreadable.txt", "text/plain", "乙".getBytes(StandardCharsets.UTF_8));
        test(upload).upload(BackendStub.UNKNOWN_BODY + "2023.txt", "text/plain", "丙".getBytes(StandardCharsets.UTF_8));
        assertEquals("开始导入（4 个文件）", start.getText());
        test(start).click();

        // one request with every file, then the job's page
        List<BackendStub.Request> sent = BackendStub.shared().received("POST /api/imports");
        assertEquals(before + 1, sent.size());
        String body = sent.getLast().body();
        for (String file : List.of("a-2023.txt", "reports.zip", "unreadable.txt", BackendStub.UNKNOWN_BODY + "2023.txt")) {
            assertTrue(body.contains("filename=\"" + file + "\""), file);
        }
        assertTrue(UI.getCurrent().getActiveViewLocation().getPath().startsWith("import/job-"));
        ProgressBar progress = $(ProgressBar.class).single();
        assertEquals(0.5, progress.getValue(), 1e-9);
        assertTrue(text().contains("正在导入：已处理 2 / 4 个文件"), text());
        assertEquals(1000, UI.getCurrent().getPollInterval());

        // the next poll finds the job done: the summary, the failures as CSV, no more polling
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertEquals(1.0, progress.getValue(), 1e-9);
        assertTrue(text().contains("导入完成：已导入 2 份，无变化 0 份，待确认 1 份，失败 1 份。"), text());
        assertEquals("下载失败和待确认文件清单（CSV）", $(Anchor.class).withClassName("import-failures").single().getText());
        assertEquals(-1, UI.getCurrent().getPollInterval());

        // one line per file with its Chinese status; the filter shows one status
        @SuppressWarnings("unchecked")
        Grid<ImportItem> grid = $(Grid.class).withClassName("import-items").single();
        GridTester<Grid<ImportItem>, ImportItem> lines = test(grid);
        assertEquals(4, lines.size());
        assertEquals("待确认", lines.getCellComponent(3, "status").getElement().getText());
        assertTrue(lines.getCellComponent(3, "status").getElement().getClassList()
                .contains("import-status-needs-confirmation"));
        @SuppressWarnings("unchecked")
        Select<ImportStatus> filter = $(Select.class).withClassName("import-filter").single();
        test(filter).selectItem("失败");
        assertEquals(1, lines.size());
        assertEquals("unreadable.txt", lines.getRow(0).file());
    }

    @Test
    void aFileThatWaitsShowsItsCandidatesAndPreviewAndIsConfirmedInOneClick() {
        navigate(ImportView.class);
        Upload upload = $(Upload.class).single();
        test(upload).upload(BackendStub.UNKNOWN_BODY + "2023.txt", "text/plain", "丙".getBytes(StandardCharsets.UTF_8));
        test($(Button.class).withClassName("import-start").single()).click();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        @SuppressWarnings("unchecked")
        Grid<ImportItem> grid = $(Grid.class).withClassName("import-items").single();
        test(grid).clickRow(0);
        // the backend's first candidate is chosen, the year as read, the findings on their cells
        @SuppressWarnings("unchecked")
        ComboBox<ConfirmPanel.Choice> agency = $(ComboBox.class).withClassName("confirm-agency").single();
        assertEquals("demo-city.t01", agency.getValue().code());
        assertEquals("示例市东城街道办事处（建议）", agency.getItemLabelGenerator().apply(agency.getValue()));
        assertEquals(2023, $(IntegerField.class).withClassName("confirm-year").single().getValue());
        // the picker asks the backend for a page as the user types, the document's candidates first
        ComboBoxTester<ComboBox<ConfirmPanel.Choice>, ConfirmPanel.Choice> picker = test(agency);
        List<String> all = picker.getSuggestions();
        assertEquals(List.of("示例市东城街道办事处（建议）", "示例市西城街道办事处（建议）"), all.subList(0, 2));
        picker.setFilter("石嘴");
        assertEquals(List.of("示例市石嘴镇人民政府"), picker.getSuggestions());
        BackendStub.Request search = BackendStub.shared().received("GET /api/imports/").getLast();
        assertTrue(search.target().contains("/items/0/candidates?q=") && search.target().contains("limit="),
                search.target());
        // text longer than the backend takes finds nothing, without asking
        int asked = BackendStub.shared().received("GET /api/imports/").size();
        picker.setFilter("示".repeat(ConfirmPanel.MAX_QUERY + 1));
        assertEquals(List.of(), picker.getSuggestions());
        assertEquals(asked, BackendStub.shared().received("GET /api/imports/").size());
        picker.setFilter("");
        assertTrue(text().contains("表三（七）总计与各项之和不符"), text());
        // and where the original printed its cell
        String panel = $(ConfirmPanel.class).single().getElement().getTextRecursively();
        assertTrue(panel.contains("原件第 3 页第 88 行：「（七）总计 12 0 0 0 0 0 13」"), panel);
        GridTester<Grid<TemplateRow>, TemplateRow> preview = test($(RequestsTable.class).single().grid());
        int total = 0;
        while (!"（七）总计".equals(preview.getRow(total).label())) {
            total++;
        }
        assertTrue(preview.getCellComponent(total, "total").getElement().getTextRecursively().contains("错误"));
        // hovered, the mark says where the original printed the cell
        String cell = preview.getCellComponent(total, "total").getElement().getOuterHTML();
        assertTrue(cell.contains("title=\"表三（七）总计与各项之和不符（原件第 3 页第 88 行）\""), cell);

        test($(Button.class).withClassName("confirm-store").single()).click();
        BackendStub.Request confirm = BackendStub.shared().received("POST /api/imports/").getLast();
        assertTrue(confirm.target().endsWith("/items/0/confirm"), confirm.target());
        assertTrue(confirm.body().contains("\"agency_code\":\"demo-city.t01\"") && confirm.body().contains("\"year\":2023"),
                confirm.body());
        assertEquals(ImportStatus.IMPORTED, test(grid).getRow(0).status());
        assertEquals(List.of(), $(ConfirmPanel.class).all());
    }

    private String text() {
        return $(ImportView.class).single().getElement().getTextRecursively();
    }
}
