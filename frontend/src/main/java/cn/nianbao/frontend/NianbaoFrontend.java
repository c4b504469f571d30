package cn.nianbao.frontend;

import cn.nianbao.frontend.backend.BackendProperties;
import cn.nianbao.frontend.chart.ChartFonts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Vaadin application supervisors and clerks use; all data comes from the backend over HTTP. */
@SpringBootApplication
@EnableConfigurationProperties(BackendProperties.class)
public class NianbaoFrontend {

    public static void main(String[] args) {
        // before any page: a missing chart font must stop the start, not show boxes in the first chart
        ChartFonts.register();
        SpringApplication.run(NianbaoFrontend.class, args);
    }
}
