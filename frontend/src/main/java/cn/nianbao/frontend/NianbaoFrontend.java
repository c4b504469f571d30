package cn.nianbao.frontend;

import cn.nianbao.frontend.backend.BackendProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Vaadin application supervisors and clerks use; all data comes from the backend over HTTP. */
@SpringBootApplication
@EnableConfigurationProperties(BackendProperties.class)
public class NianbaoFrontend {

    public static void main(String[] args) {
        SpringApplication.run(NianbaoFrontend.class, args);
    }
}
