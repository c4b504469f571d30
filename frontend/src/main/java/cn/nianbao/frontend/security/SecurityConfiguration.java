package cn.nianbao.frontend.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything but the login page needs a signed-in user. {@link VaadinSecurityConfigurer} sets up form login on the
 * {@link LoginView} (checked by {@link BackendAuthenticationProvider}), logout, Vaadin's request cache and the
 * navigation access control that reads {@code @RolesAllowed} / {@code @PermitAll} on the views.
 * <p>
 * CSRF is configured here rather than by Vaadin, which would exempt the login form: a cross-site form posting to
 * {@code /login} would then sign the victim's browser in as the attacker (login CSRF). Only Vaadin's own requests
 * are exempt — they carry Vaadin's CSRF token. The login form gets Spring Security's token from the page
 * (Vaadin writes it into {@code <meta name="_csrf">}, and {@code vaadin-login-form} posts it).
 * <p>
 * Headers: Spring Security's defaults (no sniffing, no framing, no caching) plus a Content-Security-Policy
 * ({@link #CONTENT_SECURITY_POLICY}) and {@code Referrer-Policy: same-origin}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What the dashboard's pages may load: everything from the dashboard itself and nothing from elsewhere. Vaadin's
     * client needs inline scripts and styles and evaluates the JavaScript the server sends ({@code executeJs}), hence
     * 'unsafe-inline' and 'unsafe-eval'; Lumo's icons and the charts use data: URLs. No framing, no plug-ins, forms
     * post only here (the login form cannot be pointed elsewhere), no foreign base URL.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain dashboardSecurity(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // the container's health check, and the page's own stylesheet and font (the login page needs them)
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/fonts/**").permitAll());
        // Vaadin's pages reach its servlet through a forward, after which the response is committed outside the
        // wrapper that would add the headers at the end: write them before the request goes on
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(handling -> handling.accessDeniedHandler(new CsrfRefusal()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                // an address that is no route goes on to Vaadin, which answers with the Chinese not-found page,
                // instead of the container's English "HTTP ERROR 403" (still only for signed-in users)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                .loginView(LoginView.class)
                .logoutSuccessHandler(new SignedOutHandler()));
        return http.build();
    }
}
