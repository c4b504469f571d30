package cn.nianbao.frontend.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.ApplicationTest;
import cn.nianbao.frontend.SignedInOffline;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SignedInOffline("supervisor")
@ViewPackages(classes = {OverviewView.class, MainLayout.class})
class OverviewBackendDownTest extends ApplicationTest {

    private static final String DEAD = BackendStub.deadUrl();

    @DynamicPropertySource
    static void deadBackend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> DEAD);
    }

    @Test
    void saysInChineseThatTheBackendCannotBeReached() {
        navigate(OverviewView.class);
        BackendErrorMessage message = $(BackendErrorMessage.class).single();
        assertEquals("无法连接后端服务（" + DEAD + "），请确认后端已启动。", message.getElement().getTextRecursively());
        assertTrue($(Svg.class).all().isEmpty());
        assertFalse(message.getElement().getTextRecursively().contains("Exception"));
    }
}
