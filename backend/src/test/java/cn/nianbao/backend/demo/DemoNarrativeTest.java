package cn.nianbao.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import cn.nianbao.backend.quality.rules.BodyYearRules;
import cn.nianbao.backend.quality.rules.NarrativeText;
import cn.nianbao.backend.quality.rules.TextSimilarity;
import org.junit.jupiter.api.Test;

/**
 * The demo city's narratives are its bodies' own, year by year: more than half of one year's text is never last
 * year's, nor 80 % of it another body's, except where a copy is planted (README's table).
 */
class DemoNarrativeTest {

    @Test
    void narrativesRepeatOnlyWhereACopyIsPlanted() {
        DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
        Map<String, NarrativeText> texts = new HashMap<>();
        city.reports().forEach(r -> texts.put(r.agencyCode() + "/" + r.year(), NarrativeText.of(r.report())));
        TreeSet<String> repeated = new TreeSet<>();
        double highestSameBody = 0;
        double highestOtherBody = 0;
        for (Map.Entry<String, NarrativeText> entry : texts.entrySet()) {
            String[] key = entry.getKey().split("/");
            assertThat(entry.getValue().comparable()).as(entry.getKey()).isTrue();
            NarrativeText previous = texts.get(key[0] + "/" + (Integer.parseInt(key[1]) - 1));
            if (previous != null) {
                double share = TextSimilarity.containment(entry.getValue(), previous);
                if (BodyYearRules.above(share, BodyYearRules.SAME_BODY_LIMIT)) {
                    repeated.add(entry.getKey() + " last year");
                } else {
                    highestSameBody = Math.max(highestSameBody, share);
                }
            }
            for (Map.Entry<String, NarrativeText> other : texts.entrySet()) {
                String[] otherKey = other.getKey().split("/");
                if (otherKey[1].equals(key[1]) && !otherKey[0].equals(key[0])) {
                    double share = TextSimilarity.containment(entry.getValue(), other.getValue());
                    if (BodyYearRules.above(share, BodyYearRules.OTHER_BODY_LIMIT)) {
                        repeated.add(entry.getKey() + " " + other.getKey());
                    } else {
                        highestOtherBody = Math.max(highestOtherBody, share);
                    }
                }
            }
        }
        assertThat(highestSameBody).as("the closest a body's text comes to its last year's, unplanted").isLessThan(0.45);
        assertThat(highestOtherBody).as("the closest two bodies' texts come, unplanted").isLessThan(0.7);

        assertThat(repeated).containsExactly("demo.t05/2023 demo.t06/2023", "demo.t06/2023 demo.t05/2023",
                "demo.t12/2024 last year");
    }
}
