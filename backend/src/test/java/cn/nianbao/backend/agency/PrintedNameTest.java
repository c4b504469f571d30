package cn.nianbao.backend.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PrintedNameTest {

    @Test
    void aTitleMayDropOrAddTheParentsPlace() {
        assertThat(PrintedName.matches("洪泽区人民政府", "淮安市洪泽区人民政府", "淮安市人民政府")).isTrue();
        assertThat(PrintedName.matches("淮安市洪泽区人民政府", "洪泽区人民政府", "淮安市人民政府")).isTrue();
        assertThat(PrintedName.matches("石嘴镇人民政府", "磐石市石嘴镇人民政府", "磐石市人民政府")).isTrue();
    }

    @Test
    void spacesAndFullWidthCharactersDoNotCount() {
        assertThat(PrintedName.matches("淮安市　洪泽区 人民政府", "淮安市洪泽区人民政府", null)).isTrue();
        assertThat(PrintedName.matches("示例市（新区）管委会", "示例市(新区)管委会", null)).isTrue();
        assertThat(PrintedName.matches("ＡＢ县人民政府", "AB县人民政府", null)).isTrue();
    }

    @Test
    void anotherBodyOrAnotherPlaceIsNoMatch() {
        assertThat(PrintedName.matches("淮安市人民政府", "淮安市洪泽区人民政府", "淮安市人民政府")).isFalse();
        assertThat(PrintedName.matches("宿迁市洪泽区人民政府", "淮安市洪泽区人民政府", "淮安市人民政府")).isFalse();
        assertThat(PrintedName.matches("盱眙县人民政府", "淮安市洪泽区人民政府", "淮安市人民政府")).isFalse();
        assertThat(PrintedName.matches("洪泽区人民政府", "淮安市洪泽区人民政府", null)).isFalse();
        assertThat(PrintedName.matches("", "淮安市洪泽区人民政府", "淮安市人民政府")).isFalse();
        assertThat(PrintedName.matches(null, "淮安市洪泽区人民政府", "淮安市人民政府")).isFalse();
    }

    @Test
    void theSuffixOfTheBodysKindMayBeLeftOut() {
        assertThat(PrintedName.matches("石嘴镇", "磐石市石嘴镇人民政府", "磐石市人民政府")).isTrue();
        assertThat(PrintedName.matches("示例市城关街道", "示例市城关街道办事处", "示例市人民政府")).isTrue();
        assertThat(PrintedName.matches("示例市高新区管理委员会", "示例市高新区管委会", null)).isTrue();
        assertThat(PrintedName.matches("示例市高新区", "示例市高新区管委会", null)).isTrue();
        assertThat(PrintedName.matches("人民政府", "淮安市人民政府", null)).isFalse();
    }

    @Test
    void anIndexOfTheTreeFindsEveryBodyANameMayMean() {
        List<Agency> tree = List.of(body(1, "js.huaian", "淮安市人民政府", null),
                body(2, "js.huaian.hongze", "淮安市洪泽区人民政府", "js.huaian"),
                body(3, "js.huaian.hongze.qs", "淮安市洪泽区青山镇人民政府", "js.huaian.hongze"),
                body(4, "x", "另一县人民政府", null),
                body(5, "x.qs", "另一县青山镇人民政府", "x"));
        PrintedNames names = PrintedNames.of(tree);

        assertThat(names.bodiesNamed("淮安市洪泽区人民政府")).extracting(Agency::code).containsExactly("js.huaian.hongze");
        assertThat(names.bodiesNamed("洪泽区 人民政府")).extracting(Agency::code).containsExactly("js.huaian.hongze");
        assertThat(names.bodiesNamed("洪泽区青山镇人民政府")).extracting(Agency::code)
                .containsExactly("js.huaian.hongze.qs");
        assertThat(names.bodiesNamed("青山镇")).extracting(Agency::code)
                .containsExactlyInAnyOrder("js.huaian.hongze.qs", "x.qs");
        assertThat(names.bodiesNamed("盱眙县人民政府")).isEmpty();
        assertThat(names.bodiesNamed(null)).isEmpty();
    }

    private static Agency body(long id, String code, String name, String parent) {
        return new Agency(id, code, name, AgencyKind.PEOPLES_GOVERNMENT, parent, 0, 0, false, List.of());
    }
}
