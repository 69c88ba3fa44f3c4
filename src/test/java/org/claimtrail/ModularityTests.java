package org.claimtrail;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the module arrows pointing one way (see package-info.java of each module). */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ClaimtrailApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyInOneDirection() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("access", "account", "actor", "api", "claim", "database", "date", "form",
                        "history", "paging", "site", "slug", "source", "story", "timeline", "web");
    }

    @Test
    void lowerModulesDoNotReachUp() {
        assertThat(dependencies("source")).doesNotContain("claim", "web", "story", "history");
        assertThat(dependencies("actor")).containsOnly("access", "database", "form", "paging", "slug");
        assertThat(dependencies("date")).isEmpty();
        assertThat(dependencies("slug")).isEmpty();
        assertThat(dependencies("form")).containsOnly("date");
        assertThat(dependencies("story")).containsOnly("database", "paging");
        assertThat(dependencies("claim")).doesNotContain("web", "history", "account");
        assertThat(dependencies("history")).doesNotContain("web", "api", "timeline");
        assertThat(dependencies("timeline")).doesNotContain("web", "api", "history");
        assertThat(dependencies("api")).doesNotContain("web");
        // Sign-in tells a database outage from a wrong password (DatabaseOutage) and locks (TransactionLocks).
        assertThat(dependencies("account")).containsOnly("access", "database");
        assertThat(dependencies("database")).isEmpty();
        assertThat(dependencies("access")).isEmpty();
        assertThat(dependencies("site")).isEmpty();
        assertThat(dependencies("paging")).isEmpty();
    }

    private java.util.List<String> dependencies(String module) {
        ApplicationModule applicationModule = modules.getModuleByName(module).orElseThrow();
        return applicationModule.getDirectDependencies(modules).stream()
                .map(d -> d.getTargetModule().getIdentifier().toString())
                .distinct().toList();
    }
}
