package cn.nianbao.frontend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The frontend holds no SQL and no second way into the backend; its feature packages do not depend in circles. */
@AnalyzeClasses(packages = "cn.nianbao.frontend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noDatabaseAccess = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "io.r2dbc..", "java.sql..", "javax.sql..",
                    "org.springframework.r2dbc..", "org.springframework.jdbc..")
            .because("the frontend gets all data from the backend's HTTP API");

    @ArchTest
    static final ArchRule onlyTheBackendPackageTalksHttp = noClasses()
            .that().resideOutsideOfPackage("cn.nianbao.frontend.backend..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web.reactive.function.client..", "reactor.netty..", "io.netty..",
                    "java.net.http..")
            .because("every call to the backend goes through the one HTTP core, BackendHttp");

    @ArchTest
    static final ArchRule oneHttpCore = noClasses()
            .that().resideInAPackage("cn.nianbao.frontend.backend..").and().doNotHaveSimpleName("BackendHttp")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web.reactive.function.client..", "reactor.netty..", "io.netty..",
                    "java.net.http..")
            .because("the feature clients say what to ask, BackendHttp how: token, address, errors, limits");

    @ArchTest
    static final ArchRule pagesAskTheFeatureClientsNotTheCore = noClasses()
            .that().resideOutsideOfPackage("cn.nianbao.frontend.backend..")
            .should().dependOnClassesThat().haveFullyQualifiedName("cn.nianbao.frontend.backend.BackendHttp")
            .because("a page asks a feature's client (AgencyClient, AnalyticsClient …), which knows the endpoint");

    @ArchTest
    static final ArchRule figuresComeFromTheBackend = noClasses()
            .that().resideInAnyPackage("cn.nianbao.frontend.overview..", "cn.nianbao.frontend.comparison..",
                    "cn.nianbao.frontend.quality..")
            .should().dependOnClassesThat().haveFullyQualifiedName("cn.nianbao.frontend.backend.reports.ReportClient")
            .because("the region pages show the backend's figures (analytics), never ones counted from reports");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("cn.nianbao.frontend.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theBackendPackageKnowsNoView = noClasses()
            .that().resideInAPackage("cn.nianbao.frontend.backend..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
            .because("the API client and its records are plain Java, usable by exports and jobs too");
}
