package cn.nianbao.backend.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules themselves are plain Java over the contract: the parse command and {@code POST /api/parse} run them
 * without Spring, Reactor or a database.
 */
class QualityArchitectureTest {

    private final JavaClasses quality = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.nianbao.backend.quality");

    @Test
    void theRulesNeedNothingButTheContract() {
        classes().that().resideInAPackage("cn.nianbao.backend.quality.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("cn.nianbao.backend.quality.rules..",
                        "cn.nianbao.backend.contract..", "java..")
                .check(quality);
    }
}
