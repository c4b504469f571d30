package cn.nianbao.frontend.backend.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A user's scope is put in the picker without the places above it, and must still be the body the search finds with
 * them: two found bodies are the same when their codes are.
 */
class FoundAgencyTest {

    @Test
    void twoAreTheSameBodyWhenTheirCodesAre() {
        FoundAgency scope = new FoundAgency("demo-city.t01", "示例市东城街道办事处", List.of());
        FoundAgency found = new FoundAgency("demo-city.t01", "示例市东城街道办事处", List.of("示例省", "示例市"));

        assertEquals(scope, found);
        assertEquals(scope.hashCode(), found.hashCode());
        assertNotEquals(scope, new FoundAgency("demo-city.t02", "示例市东城街道办事处", List.of("示例省", "示例市")));
        assertEquals(List.of(), new FoundAgency("demo-city", "示例市人民政府", null).path());
    }
}
