// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the module boundaries of ARCHITECTURE.md honest: allowed dependencies only, no cycles, no internals used. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DatakraamApplication.class,
            JavaClass.Predicates.resideInAPackage("nl.datakraam.lib.."));

    @Test
    void modulesRespectTheirAllowedDependencies() {
        MODULES.verify();
    }

    @Test
    void everyModuleOfTheDesignExists() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("access", "catalog", "ingest", "jobs", "publish", "query", "shared", "storage", "web");
    }
}
