package cn.nianbao.frontend.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.template.MissingTableNotice;
import cn.nianbao.frontend.template.RequestsTable;
import cn.nianbao.frontend.template.ReviewsTable;
import cn.nianbao.frontend.template.TemplateRow;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

@SignedInAs("clerk")
@ViewPackages(classes = {ImportView.class, MainLayout.class})
class ImportViewTest extends DashboardTest {

    @Test
    void anUploadedDocumentIsSentToTheParserAndItsTablesAreShown() {
        navigate(ImportView.class);
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
    }

    @Test
    void aDocumentTheParserCannotReadShowsTheBackendsChineseReason() {
        navigate(ImportView.class);
        test($(Upload.class).single()).upload("随便.txt", "text/plain",
                BackendStub.UNPARSABLE.getBytes(StandardCharsets.UTF_8));

        String message = $(BackendErrorMessage.class).single().getElement().getTextRecursively();
        assertTrue(message.contains("无法解析文件"), message);
        assertTrue(message.contains("文件中没有找到政府信息公开工作年度报告的表格。"), message);
        assertEquals(List.of(), $(RequestsTable.class).all());
    }
}
