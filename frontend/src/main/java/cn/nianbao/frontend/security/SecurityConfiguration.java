package cn.nianbao.frontend.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Everything but the login page needs a signed-in user. {@link VaadinSecurityConfigurer} sets up form login on the
 * {@link LoginView} (checked by {@link BackendAuthenticationProvider}), logout, Vaadin's request cache, CSRF for
 * everything but Vaadin's own requests (which carry Vaadin's CSRF token) and the login form, and the navigation
 * access control that reads {@code @RolesAllowed} / {@code @PermitAll} on the views. Spring Security's default
 * headers (no sniffing, no framing, no caching) stay on.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain dashboardSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // the container's health check, and the page's own stylesheet and font (the login page needs them)
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/fonts/**").permitAll());
        // Vaadin's pages reach its servlet through a forward, after which the response is committed outside the
        // wrapper that would add the headers at the end: write them before the request goes on
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                // an address that is no route goes on to Vaadin, which answers with the Chinese not-found page,
                // instead of the container's English "HTTP ERROR 403" (still only for signed-in users)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                .loginView(LoginView.class)
                .logoutSuccessHandler(new SignedOutHandler()));
        return http.build();
    }
}
