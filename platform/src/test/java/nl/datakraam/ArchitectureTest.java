// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A few rules the module graph does not express (STYLE.md 4.6). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.datakraam");

    @Test
    void duckDbStaysInInfrastructure() {
        noClasses().that().resideOutsideOfPackage("..infra..")
                .should().dependOnClassesThat().resideInAPackage("org.duckdb..")
                .check(CLASSES);
    }

    @Test
    void librariesKnowNothingOfSpring() {
        noClasses().that().resideInAPackage("nl.datakraam.lib..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void webRecordsDoNotReachIntoOtherModulesInternals() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..infra..")
                .check(CLASSES);
    }
}
