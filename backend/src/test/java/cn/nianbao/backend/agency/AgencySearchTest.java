package cn.nianbao.backend.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/agencies/search}: the bodies a caller may see, by a part of their name, a page at a time, each with
 * the names above it so that two 城关镇 are told apart; never a body outside the caller's scope; bounded.
 */
@BackendIntegrationTest
class AgencySearchTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void twoTownsOfOneName() {
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        for (NewAgency body : List.of(
                new NewAgency("gs", "甘肃省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false, List.of()),
                new NewAgency("gs.lz", "兰州市人民政府", AgencyKind.PEOPLES_GOVERNMENT, "gs", 0, false, List.of()),
                new NewAgency("gs.lz.yd", "永登县人民政府", AgencyKind.PEOPLES_GOVERNMENT, "gs.lz", 0, false,
                        List.of()),
                new NewAgency("gs.lz.yd.cg", "城关镇人民政府", AgencyKind.TOWNSHIP, "gs.lz.yd", 0, false, List.of()),
                new NewAgency("gs.ts", "天水市人民政府", AgencyKind.PEOPLES_GOVERNMENT, "gs", 0, false, List.of()),
                new NewAgency("gs.ts.gg", "甘谷县人民政府", AgencyKind.PEOPLES_GOVERNMENT, "gs.ts", 0, false,
                        List.of()),
                new NewAgency("gs.ts.gg.cg", "城关镇人民政府", AgencyKind.TOWNSHIP, "gs.ts.gg", 0, false,
                        List.of()))) {
            agencies.addIfAbsent(body).block();
        }
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, "gs.lz");
        TestUsers.create(context, "clerk", Role.CLERK, "gs.ts.gg");
    }

    @Test
    void twoBodiesOfOneNameAreFoundWithThePlacesAboveThem() {
        JsonNode found = search("admin", "q=城关");

        assertThat(found.findValuesAsString("code")).containsExactly("gs.lz.yd.cg", "gs.ts.gg.cg");
        assertThat(found.get(0).get("name").asString()).isEqualTo("城关镇人民政府");
        assertThat(found.get(0).get("path").valueStream().map(JsonNode::asString).toList())
                .containsExactly("甘肃省人民政府", "兰州市人民政府", "永登县人民政府");
        assertThat(found.get(1).get("path").valueStream().map(JsonNode::asString).toList())
                .containsExactly("甘肃省人民政府", "天水市人民政府", "甘谷县人民政府");
        assertThat(search("admin", "q=甘肃").get(0).get("path").size()).as("a body at the top").isZero();
        // a page at a time, without overlap
        assertThat(search("admin", "q=城关&limit=1&offset=1").findValuesAsString("code"))
                .containsExactly("gs.ts.gg.cg");
        assertThat(search("admin", "q=").size()).isEqualTo(7);
    }

    @Test
    void aPrintedNameWithThePlaceAboveFindsTheBodiesItNames() {
        assertThat(search("admin", "q=永登县城关镇人民政府").findValuesAsString("code"))
                .containsExactlyInAnyOrder("gs.lz.yd", "gs.lz.yd.cg", "gs.ts.gg.cg");
        context.getBean(AgencyDirectory.class).addIfAbsent(new NewAgency("gs.lz.xq", "兰州新区ABC产业园管委会",
                AgencyKind.DEPARTMENT, "gs.lz", 0, false, List.of())).block();
        assertThat(search("admin", "q=abc产业园").findValuesAsString("code")).as("letters in any case")
                .containsExactly("gs.lz.xq");
        assertThat(search("admin", "q=GS.LZ").findValuesAsString("code")).as("a code's beginning, in any case")
                .containsExactlyInAnyOrder("gs.lz", "gs.lz.yd", "gs.lz.yd.cg", "gs.lz.xq");
    }

    @Test
    void nobodyFindsABodyOutsideTheirScope() {
        assertThat(search("supervisor", "q=城关").findValuesAsString("code")).containsExactly("gs.lz.yd.cg");
        assertThat(search("supervisor", "q=天水").size()).isZero();
        assertThat(search("clerk", "q=").findValuesAsString("code")).as("a clerk's scope is their own body")
                .containsExactly("gs.ts.gg");
    }

    @Test
    void theSearchIsBoundedAndRefusedInChineseNamingTheParameter() {
        WebTestClient admin = TestUsers.as(web, context, "admin");
        for (String[] refused : new String[][] {
                {"q", "镇".repeat(65), "参数 q 最多 64 个字符，收到 65 个"},
                {"limit", "51", "参数 limit 应为 1 至 50 之间的整数，收到“51”"},
                {"limit", "0", "参数 limit 应为 1 至 50 之间的整数，收到“0”"},
                {"offset", "10001", "参数 offset 应为 0 至 10000 之间的整数，收到“10001”"},
                {"offset", "x", "参数 offset 应为 0 至 10000 之间的整数，收到“x”"}}) {
            admin.get().uri("/api/agencies/search?" + refused[0] + "={value}", refused[1]).exchange()
                    .expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.detail").isEqualTo(refused[2])
                    .jsonPath("$.errors[0].field").isEqualTo(refused[0]);
        }
        assertThat(search("admin", "q=" + "镇".repeat(64)).size()).isZero();
    }

    private JsonNode search(String username, String query) {
        return TestUsers.as(web, context, username).get().uri("/api/agencies/search?" + query).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
