package cn.nianbao.backend.agency;

import static org.assertj.core.api.Assertions.assertThat;

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
}
