package org.claimtrail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the module arrows pointing one way (see package-info.java of each module). */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimtrail");

    private final ApplicationModules modules = ApplicationModules.of(ClaimtrailApplication.class);

    /** The modules a newsroom would name: what plumbing (http, errors) must never know. */
    private static final String[] FEATURES = {
        "claim",
        "story",
        "source",
        "actor",
        "verdict",
        "search",
        "timeline",
        "history",
        "api",
        "web",
        "desk",
        "attribution",
        "link",
        "spreadsheet"
    };

    @Test
    void modulesDependOnEachOtherOnlyInOneDirection() {
        modules.verify();
    }

    /**
     * The module diagram in docs/modules is Modulith's Documenter's, from the code as it is: when a
     * dependency between modules changes, this writes the new diagram there and fails until it is
     * committed, so the picture the README links can never describe an older design.
     */
    @Test
    void theModuleDiagramInTheDocsIsGeneratedFromTheCode() throws Exception {
        Path generated = Path.of("target", "module-diagrams");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml(
                        Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        Path committed = Path.of("docs", "modules", "components.puml");
        String now = Files.readString(generated.resolve("components.puml"));
        String before = Files.exists(committed) ? Files.readString(committed) : "";
        // The Documenter writes the same arrows in a different order from run to run: compare them as a set.
        boolean same =
                now.lines().sorted().toList().equals(before.lines().sorted().toList());
        if (!same) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, now);
        }
        assertThat(same)
                .as(committed + " was out of date and has been rewritten from the code: commit it")
                .isTrue();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder(
                        "access",
                        "account",
                        "actor",
                        "api",
                        "attribution",
                        "claim",
                        "correction",
                        "database",
                        "date",
                        "desk",
                        "errors",
                        "form",
                        "history",
                        "http",
                        "link",
                        "paging",
                        "search",
                        "site",
                        "slug",
                        "source",
                        "spreadsheet",
                        "story",
                        "time",
                        "timeline",
                        "upgrade",
                        "verdict",
                        "web",
                        "webpage");
    }

    @Test
    void lowerModulesDoNotReachUp() {
        assertThat(dependencies("source")).doesNotContain("claim", "web", "story", "history");
        assertThat(dependencies("actor")).containsOnly("access", "database", "form", "paging", "site", "slug");
        assertThat(dependencies("date")).isEmpty();
        assertThat(dependencies("slug")).isEmpty();
        assertThat(dependencies("form")).containsOnly("date", "paging");
        // Stories are edited in the app (issue 14): forms, permalinks from titles, the site's 404.
        assertThat(dependencies("story")).containsOnly("access", "database", "form", "paging", "site", "slug");
        assertThat(dependencies("claim"))
                .doesNotContain("web", "history", "account", "verdict", "search", "desk", "link", "attribution");
        // Who says so adds itself to a claim's page and answers its deletion, as links do.
        assertThat(dependencies("attribution"))
                .doesNotContain("web", "api", "history", "search", "desk", "verdict", "link", "timeline");
        // Links add themselves to a claim's page and answer its deletion (ClaimDeleting).
        assertThat(dependencies("link")).doesNotContain("web", "api", "history", "search", "desk", "verdict");
        // The desk reads the work waiting (draft verdicts, the claims they judge); nothing reads the desk.
        assertThat(dependencies("desk")).doesNotContain("web", "api", "timeline", "history", "search");
        assertThat(dependencies("verdict")).doesNotContain("desk");
        // A verdict judges a claim, and adds itself to the claim's page (ClaimPageSection).
        assertThat(dependencies("verdict")).doesNotContain("web", "history", "timeline", "api");
        assertThat(dependencies("history")).doesNotContain("web", "api", "timeline");
        assertThat(dependencies("timeline")).doesNotContain("web", "api", "history");
        assertThat(dependencies("api")).doesNotContain("web");
        // Sign-in tells a database outage from a wrong password (DatabaseOutage) and locks (TransactionLocks),
        // and a form sent after its session ended comes back as a draft once signed in (form.FormDrafts).
        assertThat(dependencies("account")).containsOnly("access", "database", "form");
        assertThat(dependencies("database")).isEmpty();
        // Reading a pasted link is plumbing the source form uses; it knows no feature.
        assertThat(dependencies("webpage")).isEmpty();
        // The corrections log is written by the modules that correct; it reads none of them.
        assertThat(dependencies("correction")).containsOnly("database", "paging");
        // Plumbing knows no feature: it may read the site's kit, the form kit (a save refused keeps
        // what was typed), the database's outage, accounts' headers.
        assertThat(dependencies("http")).doesNotContain(FEATURES);
        // Error answers know no feature either, and nothing of the plumbing that calls them.
        assertThat(dependencies("errors")).doesNotContain("http").doesNotContain(FEATURES);
        assertThat(dependencies("access")).isEmpty();
        assertThat(dependencies("site")).isEmpty();
        assertThat(dependencies("paging")).isEmpty();
        assertThat(dependencies("time")).isEmpty();
    }

    /**
     * A repository is its module's inside: only classes of its own module use it, so pages and
     * other modules go through the module's query and service classes.
     */
    @Test
    void repositoriesAreUsedOnlyInsideTheirModule() {
        ArchRule rule = classes()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .and()
                .resideInAPackage("org.claimtrail..")
                .should(new ArchCondition<>("be used only by classes of their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().stream()
                                .filter(d -> !module(d.getOriginClass()).equals(module(repository)))
                                .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                    }
                });
        rule.check(CLASSES);
    }

    @Test
    void noControllerUsesARepository() {
        ArchRule rule = noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.data.repository.Repository.class);
        rule.check(CLASSES);
    }

    /**
     * One naming rule for controllers: {@code <Thing>Controller} serves a thing's pages (the
     * composite ones in web: {@code <Thing>PageController}), {@code <Thing>EditingController} its
     * forms; advice that renders errors is not a controller and says so by its name.
     */
    @Test
    void controllersAreNamedController() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .haveSimpleNameEndingWith("Controller")
                .because("a reader looking for what serves an address looks for *Controller");
        rule.check(CLASSES);
    }

    /**
     * Repositories are built on first use (bootstrap-mode=lazy). In the ahead-of-time build
     * (-Paot) Spring Data cannot make their injection points lazy itself, so each says @Lazy: one
     * eager injection would build every repository during start-up.
     */
    @Test
    void repositoriesAreInjectedLazily() {
        List<String> eager = CLASSES.stream()
                .filter(type -> !type.getName().contains("$$")) // proxies and AOT classes Spring generated
                .flatMap(type -> type.getConstructors().stream())
                .flatMap(constructor -> constructor.getParameters().stream())
                .filter(parameter ->
                        parameter.getRawType().isAssignableTo(org.springframework.data.repository.Repository.class))
                .filter(parameter -> !parameter.isAnnotatedWith(Lazy.class))
                .map(parameter -> parameter.getOwner().getFullName() + " parameter " + parameter.getIndex())
                .toList();
        assertThat(eager).as("repository parameters without @Lazy").isEmpty();
    }

    /**
     * Only interfaces (the repositories) are injected lazily. @Lazy on a class makes a CGLIB proxy,
     * which the ahead-of-time build cannot make: the -Paot jar failed to start on one.
     */
    @Test
    void onlyInterfacesAreInjectedLazily() {
        List<String> lazyClasses = CLASSES.stream()
                .filter(type -> !type.getName().contains("$$"))
                .flatMap(type -> type.getConstructors().stream())
                .flatMap(constructor -> constructor.getParameters().stream())
                .filter(parameter -> parameter.isAnnotatedWith(Lazy.class)
                        && !parameter.getRawType().isInterface())
                .map(parameter -> parameter.getOwner().getFullName() + " parameter " + parameter.getIndex())
                .toList();
        assertThat(lazyClasses).as("@Lazy parameters of a class type").isEmpty();
    }

    /** Services take and return plain values: no servlet or MVC types below the controllers. */
    @Test
    void servicesKnowNothingOfServletsOrMvc() {
        ArchRule rule = noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .transitivelyDependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.servlet..", "org.springframework.ui..", "org.springframework.web.servlet..");
        rule.check(CLASSES);
    }

    /**
     * A module reads another module's tables in SQL only where its package-info says so, from the
     * one class that holds its read SQL; anything else goes through the owner's query classes.
     */
    @Test
    void sqlOnOtherModulesTablesStaysWhereThePackageInfoSaysItIs() throws IOException {
        Map<String, String> owner = new HashMap<>();
        Map.ofEntries(
                        Map.entry("story", List.of("story")),
                        Map.entry("actor", List.of("actor")),
                        Map.entry("source", List.of("source")),
                        Map.entry("claim", List.of("claim", "claim_subject")),
                        Map.entry("attribution", List.of("attribution")),
                        Map.entry("link", List.of("claim_link")),
                        Map.entry("correction", List.of("correction")),
                        Map.entry("account", List.of("account")),
                        Map.entry("timeline", List.of("timeline_entry")),
                        Map.entry("verdict", List.of("verdict")),
                        Map.entry("desk", List.of("desk_note", "work_state", "claim_work", "claim_work_event")))
                .forEach((module, tables) -> tables.forEach(t -> owner.put(t, module)));
        Set<String> allowed = Set.of(
                "claim/ClaimReadSql.java",
                "link/LinkReadSql.java",
                "attribution/AttributionReadSql.java",
                "correction/CorrectionLog.java",
                "search/ClaimSearch.java",
                "timeline/TimelineRepository.java",
                "history/HistoryService.java",
                "history/NamesAtRevision.java",
                "source/SourceQueries.java",
                "source/SourceRepository.java",
                "desk/QueueRows.java",
                "upgrade/UpgradeReview.java");
        Pattern tableUse = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)\\b(?!\\s*\\()");
        Path root = Path.of("src/main/java/org/claimtrail");
        List<String> trespassers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                            && f.getParent() != null
                            && !f.getParent().equals(root))
                    .toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                String module = name.substring(0, name.indexOf('/'));
                Matcher m = tableUse.matcher(Files.readString(file));
                while (m.find()) {
                    String tableOwner = owner.get(m.group(1));
                    if (tableOwner != null && !tableOwner.equals(module) && !allowed.contains(name)) {
                        trespassers.add(name + " reads " + m.group(1));
                    }
                }
            }
        }
        assertThat(trespassers).isEmpty();
        for (String file : allowed) {
            String module = file.substring(0, file.indexOf('/'));
            assertThat(Files.readString(root.resolve(module).resolve("package-info.java")))
                    .as(module + "'s package-info names where it reads other modules' tables")
                    .contains(file.substring(file.indexOf('/') + 1, file.length() - ".java".length()));
        }
    }

    /** The module a class belongs to: the package right below org.claimtrail. */
    private static String module(JavaClass type) {
        String below = type.getPackageName().substring("org.claimtrail.".length());
        return below.contains(".") ? below.substring(0, below.indexOf('.')) : below;
    }

    private java.util.List<String> dependencies(String module) {
        ApplicationModule applicationModule = modules.getModuleByName(module).orElseThrow();
        return applicationModule.getDirectDependencies(modules).stream()
                .map(d -> d.getTargetModule().getIdentifier().toString())
                .distinct()
                .toList();
    }
}
