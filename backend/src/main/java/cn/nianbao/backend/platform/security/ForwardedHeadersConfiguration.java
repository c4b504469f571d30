package cn.nianbao.backend.platform.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/** Registers {@link TrustedProxies} under the name WebFlux looks up for its forwarded-header transformer. */
@Configuration(proxyBeanMethods = false)
class ForwardedHeadersConfiguration {

    @Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
    TrustedProxies forwardedHeaderTransformer(
            @Value("${nianbao.security.trusted-proxies:127.0.0.0/8,::1}") List<String> trustedProxies) {
        return new TrustedProxies(trustedProxies);
    }
}
