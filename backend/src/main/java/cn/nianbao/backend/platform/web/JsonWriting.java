package cn.nianbao.backend.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * Jackson reads the answers' records through generated accessors instead of reflection: a city's completeness matrix
 * is 6,000 cells of eleven fields, and writing it was a fifth of the backend's CPU for it (docs/BENCHMARKS.md).
 */
@Configuration(proxyBeanMethods = false)
class JsonWriting {

    @Bean
    JacksonModule blackbird() {
        return new BlackbirdModule();
    }
}
