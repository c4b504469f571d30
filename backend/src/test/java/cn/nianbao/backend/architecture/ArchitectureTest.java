package cn.nianbao.backend.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boundaries of the backend: features without cycles, each feature's persistence its own, SQL only in
 * persistence, a platform that knows no feature, controllers only in {@code api} packages. (The parser's own rules
 * are in {@code ParserArchitectureTest}.) No rule may pass by checking nothing: ArchUnit fails a rule whose "that"
 * selects no class ({@code archunit.properties}), and {@link #aRuleThatSelectsNothingFails()} keeps it so.
 */
@AnalyzeClasses(packages = "cn.nianbao.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BACKEND = "cn.nianbao.backend.";

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("cn.nianbao.backend.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule persistenceStaysInsideItsFeature = classes()
            .that().resideInAPackage("cn.nianbao.backend.*.persistence..")
            .should(onlyBeUsedWithinTheirFeature())
            .because("a feature offers services; its tables and queries are its own business");

    @ArchTest
    static final ArchRule sqlOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "cn.nianbao.backend.platform.database..",
                    "cn.nianbao.backend.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "cn.nianbao.backend.db..", "io.r2dbc..")
            .because("SQL goes through jOOQ's generated classes in the persistence layer of each feature");

    @ArchTest
    static final ArchRule thePlatformKnowsNoFeature = noClasses()
            .that().resideInAPackage("cn.nianbao.backend.platform..")
            .should().dependOnClassesThat(resideInAPackage("cn.nianbao.backend..")
                    .and(not(resideInAnyPackage("cn.nianbao.backend.platform..", "cn.nianbao.backend.contract..",
                            "cn.nianbao.backend.db.."))).as("belong to a feature"))
            .because("the platform is plumbing every feature uses: database, security context, HTTP errors");

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
            .should().dependOnClassesThat().resideInAPackage("cn.nianbao.backend..api..")
            .because("HTTP adapters depend on features, never the other way round");

    @Test
    void aRuleThatSelectsNothingFails() {
        assertThat(ArchConfiguration.get().getProperty("archRule.failOnEmptyShould")).isEqualTo("true");
        var platform = new ClassFileImporter().importPackages("cn.nianbao.backend.platform.database");

        assertThatThrownBy(() -> noClasses().that().resideInAPackage("cn.nianbao.backend.nowhere..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..").check(platform))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    /** The feature a class belongs to: the first package under {@code cn.nianbao.backend}. */
    private static String featureOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(BACKEND)) {
            return name;
        }
        String rest = name.substring(BACKEND.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> onlyBeUsedWithinTheirFeature() {
        return new ArchCondition<>("only be used within their own feature") {
            @Override
            public void check(JavaClass persistence, ConditionEvents events) {
                String feature = featureOf(persistence);
                for (Dependency dependency : persistence.getDirectDependenciesToSelf()) {
                    if (!featureOf(dependency.getOriginClass()).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
