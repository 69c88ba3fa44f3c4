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
                .containsExactlyInAnyOrder("actor", "claim", "database", "date", "source", "story", "web");
    }

    @Test
    void lowerModulesDoNotReachUp() {
        assertThat(dependencies("source")).doesNotContain("claim", "web", "story");
        assertThat(dependencies("actor")).isEmpty();
        assertThat(dependencies("date")).isEmpty();
        assertThat(dependencies("story")).isEmpty();
        assertThat(dependencies("claim")).doesNotContain("web");
        assertThat(dependencies("database")).isEmpty();
    }

    private java.util.List<String> dependencies(String module) {
        ApplicationModule applicationModule = modules.getModuleByName(module).orElseThrow();
        return applicationModule.getDirectDependencies(modules).stream()
                .map(d -> d.getTargetModule().getIdentifier().toString())
                .distinct().toList();
    }
}
