package cn.nianbao.frontend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.NianbaoFrontend;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login CSRF: a page on another site that posts a form to {@code /login} must not sign the visitor's browser in (as
 * the attacker, whose every later upload would then be the attacker's). The dashboard's own login form carries Spring
 * Security's CSRF token and signs in. Through the real security filter chain (Spring Security's MockMvc support).
 */
@SpringBootTest(classes = NianbaoFrontend.class)
class LoginCsrfTest {

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> BackendStub.shared().url());
    }

    @Autowired
    WebApplicationContext application;

    MockMvc mvc;

    @BeforeEach
    void theDashboardsFilters() {
        mvc = MockMvcBuilders.webAppContextSetup(application).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void aCrossSiteFormPostToTheLoginDoesNotSignIn() throws Exception {
        int asked = BackendStub.shared().received("POST /api/auth/login").size();

        MockHttpServletResponse response = mvc.perform(post("/login")
                        .header("Origin", "https://attacker.example").header("Referer", "https://attacker.example/")
                        .param("username", "supervisor").param("password", BackendStub.PASSWORD))
                .andReturn().getResponse();

        assertEquals(403, response.getStatus());
        assertEquals(asked, BackendStub.shared().received("POST /api/auth/login").size(), "the backend is not asked");
    }

    @Test
    void theLoginFormsOwnPostWithTheTokenSignsIn() throws Exception {
        var result = mvc.perform(post("/login").with(csrf())
                .param("username", "supervisor").param("password", BackendStub.PASSWORD)).andReturn();

        assertEquals(302, result.getResponse().getStatus());
        HttpSession session = result.getRequest().getSession(false);
        assertNotNull(session);
        assertNotNull(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
    }

    @Test
    void everyAnswerForbidsFramingForeignScriptsAndForeignFormTargets() throws Exception {
        // the answer to an anonymous visitor of the home page: the way to the login page (the page itself needs the
        // Vaadin servlet, which SignInOverHttpIT reaches over real HTTP)
        MockHttpServletResponse page = mvc.perform(get("/")).andReturn().getResponse();

        String policy = page.getHeader("Content-Security-Policy");
        assertNotNull(policy);
        for (String directive : new String[] {"default-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
                "object-src 'none'", "base-uri 'self'"}) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertEquals("same-origin", page.getHeader("Referrer-Policy"));
        assertEquals(302, page.getStatus());
        assertFalse(page.getRedirectedUrl().contains("jsessionid"), page.getRedirectedUrl());
    }
}
