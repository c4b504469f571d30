package cn.nianbao.frontend.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.audit.AuditClient;
import cn.nianbao.frontend.backend.audit.AuditEvent;
import cn.nianbao.frontend.backend.audit.AuditQuery;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ViewPackages(classes = {MainLayout.class, AuditView.class})
class AuditViewTest extends DashboardTest {

    @Autowired
    private AuditClient auditClient;

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AuditEvent>, AuditEvent> grid() {
        return test((Grid<AuditEvent>) $(Grid.class).withClassName("audit-grid").single());
    }

    private String cell(GridTester<Grid<AuditEvent>, AuditEvent> grid, int row, String column) {
        return grid.getCellText(row, grid.getColumnPosition(column));
    }

    private List<String> sent() {
        String token = CurrentUser.authentication().orElseThrow().token().token();
        return BackendStub.shared().receivedWith(token).stream().map(BackendStub.Request::key)
                .filter(key -> key.startsWith("GET /api/audit")).toList();
    }

    @Test
    @SignedInAs("admin")
    void eventsAreListedNewestFirstInBeijingTimeWithChineseActionsAndRoles() {
        navigate(AuditView.class);
        GridTester<Grid<AuditEvent>, AuditEvent> grid = grid();
        assertEquals(7, grid.size());
        assertEquals(List.of("GET /api/audit?limit=200"), sent(), "one page was enough");
        // 2026-03-01T01:30:05Z
        assertEquals("2026-03-01 09:30:05", cell(grid, 2, "time"));
        assertEquals("supervisor", cell(grid, 2, "actor"));
        assertEquals("督查", cell(grid, 2, "role"));
        assertEquals("登录成功", cell(grid, 2, "action"));
        assertEquals("示例市", cell(grid, 2, "agency"));
        assertEquals("198.51.100.23", cell(grid, 2, "address"));
        assertEquals("导出", cell(grid, 1, "action"));
        assertEquals("示例市各乡镇（街道）本年新收政府信息公开申请数量 PNG", cell(grid, 1, "target"));
        assertEquals("登录失败", cell(grid, 3, "action"));
        assertEquals("", cell(grid, 3, "role"));
        assertEquals("密码错误", cell(grid, 3, "detail"));
        assertEquals("203.0.113.5（经 10.0.0.2）", cell(grid, 3, "address"));
        assertEquals("更正年报", cell(grid, 5, "action"));
        // a day boundary: 23:59:59 UTC is the next morning in Beijing
        assertEquals("2026-02-28 07:59:59", cell(grid, 5, "time"));
        // an action this dashboard does not know yet shows its code rather than nothing
        assertEquals("SOMETHING_NEW", cell(grid, 0, "action"));
        assertTrue($(AuditView.class).single().getElement().getTextRecursively().contains("按时间从新到旧排列"));
    }

    @Test
    @SignedInAs("admin")
    @SuppressWarnings("unchecked")
    void theFiltersGoToTheBackendAsBeijingDaysActionAndUser() {
        navigate(AuditView.class);
        test($(DatePicker.class).withClassName("audit-from").single()).setValue(LocalDate.of(2026, 3, 1));
        test($(DatePicker.class).withClassName("audit-to").single()).setValue(LocalDate.of(2026, 3, 1));
        test((Select<String>) $(Select.class).withClassName("audit-action").single()).selectItem("登录失败");
        test($(TextField.class).withClassName("audit-actor").single()).setValue("clerk");
        test($(Button.class).withClassName("audit-search").single()).click();

        // 2026-03-01 in Beijing runs from 2026-02-28T16:00Z to 2026-03-01T16:00Z
        assertEquals("GET /api/audit?from=2026-02-28T16:00:00Z&to=2026-03-01T16:00:00Z&action=LOGIN_FAILED"
                + "&actor=clerk&limit=200", sent().getLast());
        GridTester<Grid<AuditEvent>, AuditEvent> grid = grid();
        assertEquals(1, grid.size());
        assertEquals("clerk", cell(grid, 0, "actor"));
        assertEquals("登录失败", cell(grid, 0, "action"));
    }

    @Test
    @SignedInAs("supervisor")
    void aSupervisorIsToldTheLogCoversTheirRegion() {
        navigate(AuditView.class);
        String subtitle = $(ViewHeader.class).single().getElement().getTextRecursively();
        assertTrue(subtitle.contains("本地区（示例市）的操作记录"), subtitle);
        assertEquals(7, grid().size());
    }

    @Test
    @SignedInAs("admin")
    void theLogIsReadPageByPageAsTheGridScrollsWithoutLosingOrRepeatingAnEvent() {
        navigate(AuditView.class);
        AuditPages pages = new AuditPages(auditClient, AuditQuery.latest(), 2);
        assertEquals(List.of(7L, 6L, 5L), pages.fetch(0, 3).map(AuditEvent::id).toList());
        assertEquals(List.of(4L, 3L, 2L, 1L), pages.fetch(3, 50).map(AuditEvent::id).toList());
        assertEquals(List.of(), pages.fetch(7, 50).toList(), "the end of the log");
        assertTrue(!pages.capped());
        // each page ends just after the last event shown: a microsecond later, so that the events of that instant
        // come again and are skipped by their id rather than lost
        assertEquals(List.of("GET /api/audit?limit=200", "GET /api/audit?limit=2",
                "GET /api/audit?to=2026-03-01T01:40:12.000001Z&limit=2",
                "GET /api/audit?to=2026-03-01T01:30:05.000001Z&limit=2",
                "GET /api/audit?to=2026-03-01T01:29:40.000001Z&limit=2",
                "GET /api/audit?to=2026-02-28T08:00:00.000001Z&limit=2",
                "GET /api/audit?to=2026-02-27T23:59:59.000001Z&limit=2",
                "GET /api/audit?to=2026-02-27T00:00:00.000001Z&limit=2"), sent());
    }
}
