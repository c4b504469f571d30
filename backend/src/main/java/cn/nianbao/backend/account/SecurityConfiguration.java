package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;

import cn.nianbao.backend.platform.database.InstallationSecrets;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Every API call carries a bearer token, except signing in, health and the API documentation. No sessions and no
 * cookies on the backend (so no CSRF surface): the dashboard keeps the token in the user's server-side session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                       CallerAuthenticationConverter callers, SecurityProblems problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, "/api/auth/login").permitAll()
                        // health answers anyone with its status; its details only administrators (application.yml)
                        .pathMatchers(HttpMethod.HEAD, "/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**").permitAll()
                        .pathMatchers("/api/auth/me", "/api/auth/password", "/api/auth/refresh").authenticated()
                        // an initial or reset password must be changed before anything else
                        .anyExchange().access(SecurityConfiguration::signedInWithOwnPassword))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(callers))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    private static Mono<AuthorizationResult> signedInWithOwnPassword(Mono<Authentication> authentication,
                                                                     AuthorizationContext context) {
        return authentication
                .map(auth -> (AuthorizationResult) new AuthorizationDecision(auth.isAuthenticated()
                        && auth.getAuthorities().stream().noneMatch(authority ->
                        CallerAuthenticationConverter.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    @Bean
    @DependsOn("flywayInitializer") // the generated key is kept in a table that the migrations create
    SecretKey tokenKey(@Value("${nianbao.security.token-secret:}") String configured, InstallationSecrets secrets) {
        return TokenKey.resolve(configured, secrets);
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecretKey tokenKey, Clock clock,
                                  @Value("${nianbao.security.token-lifetime:15m}") Duration lifetime,
                                  @Value("${nianbao.security.session-max:12h}") Duration sessionMax) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(tokenKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(TokenService.ISSUER),
                new TokenLifetimeValidator(lifetime, sessionMax, clock)));
        return decoder;
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey tokenKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
