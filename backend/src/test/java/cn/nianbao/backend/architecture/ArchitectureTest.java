package cn.nianbao.backend.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/** The boundaries of the backend: features without cycles, SQL only in persistence, a parser free of Spring. */
@AnalyzeClasses(packages = "cn.nianbao.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("cn.nianbao.backend.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sqlOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "cn.nianbao.backend.platform.database..",
                    "cn.nianbao.backend.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "cn.nianbao.backend.db..", "io.r2dbc..")
            .because("SQL goes through jOOQ's generated classes in the persistence layer of each feature");

    @ArchTest
    static final ArchRule theParserIsAPlainLibrary = noClasses()
            .that().resideInAPackage("cn.nianbao.backend.parser..")
            .and().resideOutsideOfPackages("cn.nianbao.backend.parser.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "io.r2dbc..",
                    "reactor..")
            .allowEmptyShould(true)
            .because("the parser is a plain Java library: the CLI and tests use it without Spring or a database");

    @ArchTest
    static final ArchRule theContractIsASharedKernel = classes()
            .that().resideInAPackage("cn.nianbao.backend.contract..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("cn.nianbao.backend.contract..", "java..",
                    "tools.jackson..", "com.fasterxml.jackson..", "com.networknt.schema..")
            .because("every feature speaks the contract; the contract speaks of no feature");

    @ArchTest
    static final ArchRule controllersLiveInApiPackages = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..api..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoOtherFeaturesApis = noClasses()
            .that().resideOutsideOfPackages("..api..")
            .should().dependOnClassesThat().resideInAPackage("..api..")
            .because("HTTP adapters depend on features, never the other way round");
}
