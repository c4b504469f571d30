package cn.nianbao.backend.agency.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.nianbao.backend.agency.PrintedName;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.support.BackendIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search by name is written as V14's and V15's indexes are (the name without spaces, for trigrams; the stored
 * name without its kind; the code lowered): an expression that drifts from its index reads all 140,000 names again
 * without any test failing, so the plan is checked with sequential scans and plain index scans priced out — for a
 * text in Chinese and one with letters. Plain index scans too: on the few hundred bodies of the test database, reading
 * every name in the order of the primary key and filtering may cost less than the trigrams of a long text, and the
 * planner took it (a CI run); bitmap scans of each index stay open.
 */
@BackendIntegrationTest
class AgencyNameIndexesTest {

    @Autowired
    OwnerDatabase owner;

    @Test
    void eachAlternativeOfTheSearchIsAnsweredByItsIndex() {
        for (String text : List.of("兰州市城关镇人民政府", "兰州新区ABC产业园")) {
            String key = PrintedName.key(text);
            String plan = owner.run(dsl -> {
                // the owner's own connection, closed afterwards: the setting ends with it
                dsl.execute("SET enable_seqscan = off");
                dsl.execute("SET enable_indexscan = off");
                return dsl.explain(dsl.select(AGENCY.ID).from(AGENCY).where(AgencyRepository.named(text, key)))
                        .plan();
            });

            assertThat(plan).as(text)
                    .contains("agency_name_trigrams", "agency_name_without_kind", "agency_code_prefix")
                    .doesNotContain("Seq Scan", "regexp_replace");
        }
    }

    @Test
    void theLongestTextComparesStoredNamesWhateverThePlan() {
        // 2,016 parts: the planner may well read every name, and then it must not run the kind's regular expression
        // on each (0.7 s for the country before V15 stored the name without its kind)
        String text = IntStream.range(0, AgencyRepository.MAX_NAMED_TEXT)
                .mapToObj(i -> Character.toString('一' + i)).collect(Collectors.joining());
        String plan = owner.run(dsl -> dsl.explain(dsl.select(AGENCY.ID).from(AGENCY)
                .where(AgencyRepository.named(text, PrintedName.key(text)))).plan());

        assertThat(plan).contains("name_without_kind").doesNotContain("regexp_replace");
    }

    @Test
    void aBodysNameWithinAPrintedNameIsOneOfItsParts() {
        assertThat(AgencyRepository.namesWithin("城关镇")).containsExactly("城关", "城关镇", "关镇");
        assertThat(AgencyRepository.namesWithin("镇")).isEmpty();
        assertThat(AgencyRepository.namesWithin("镇".repeat(64))).hasSize(63);
        String distinct = IntStream.range(0, 64).mapToObj(i -> Character.toString('一' + i))
                .collect(Collectors.joining());
        assertThat(AgencyRepository.namesWithin(distinct)).hasSize(64 * 63 / 2);
        assertThatThrownBy(() -> AgencyRepository.namesWithin("镇".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
