package cn.nianbao.frontend;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A browserless page test with the whole Spring application, security included. Subclasses say where the backend is
 * ({@code nianbao.backend.url}), name their views with {@code @ViewPackages} and their user with {@link SignedInAs}.
 */
@SpringBootTest(classes = NianbaoFrontend.class)
public abstract class ApplicationTest extends SpringBrowserlessTest {

    /**
     * Each application context installs its own {@link SecurityContextHolderStrategy} as the global one when it
     * starts; when a test class goes back to a cached context after another one started, the global strategy is the
     * other context's and the user of {@code @SignedInAs} would land where this application does not look. Injection
     * runs before the test's user is set up, so this puts this application's strategy back in time.
     */
    @Autowired
    void useThisApplicationsSecurityContext(SecurityContextHolderStrategy strategy) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }
}
