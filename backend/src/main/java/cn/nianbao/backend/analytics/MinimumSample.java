package cn.nianbao.backend.analytics;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many cases must stand behind a rate before it is shown as reliable ({@code nianbao.analytics.min-sample},
 * default 10): 1 of 2 requests granted is a 公开率 of 50 % that says little. Below it the dashboard greys the rate
 * and prints its n.
 */
@Component
public class MinimumSample {

    private final int cases;

    public MinimumSample(@Value("${nianbao.analytics.min-sample:10}") int cases) {
        if (cases < 1) {
            throw new IllegalArgumentException("nianbao.analytics.min-sample 应至少为 1，收到 " + cases);
        }
        this.cases = cases;
    }

    public int cases() {
        return cases;
    }

    /** For a rate with a known sample size: whether it reaches the minimum; null for anything else. */
    public Boolean reliable(Metric metric, BigDecimal sampleSize) {
        if (metric.kind() != MetricKind.RATE || sampleSize == null) {
            return null;
        }
        return sampleSize.compareTo(BigDecimal.valueOf(cases)) >= 0;
    }
}
