package cn.nianbao.frontend;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A browserless page test whose real {@code BackendHttp} talks to the {@link BackendStub}. All of them share one
 * application context.
 */
public abstract class DashboardTest extends ApplicationTest {

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> BackendStub.shared().url());
    }
}
