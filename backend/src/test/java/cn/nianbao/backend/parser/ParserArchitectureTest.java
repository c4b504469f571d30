package cn.nianbao.backend.parser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The parser is a plain library: only its HTTP adapter knows Spring, and the library knows neither adapter. */
class ParserArchitectureTest {

    private final JavaClasses parser = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.nianbao.backend.parser");

    @Test
    void theLibraryDoesNotUseSpringOrReactor() {
        noClasses().that().resideInAPackage("cn.nianbao.backend.parser..")
                .and().resideOutsideOfPackage("cn.nianbao.backend.parser.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..")
                .check(parser);
    }

    @Test
    void theLibraryDoesNotDependOnItsAdapters() {
        noClasses().that().resideInAPackage("cn.nianbao.backend.parser..")
                .and().resideOutsideOfPackages("cn.nianbao.backend.parser.api..", "cn.nianbao.backend.parser.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.backend.parser.api..",
                        "cn.nianbao.backend.parser.cli..")
                .check(parser);
    }

    @Test
    void tableReadingDoesNotKnowFileFormats() {
        noClasses().that().resideInAnyPackage("cn.nianbao.backend.parser.table..", "cn.nianbao.backend.parser.metadata..",
                        "cn.nianbao.backend.parser.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..", "org.jsoup..")
                .check(parser);
    }
}
