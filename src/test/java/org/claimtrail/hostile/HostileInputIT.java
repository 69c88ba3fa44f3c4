package org.claimtrail.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.Seeds;
import org.claimtrail.testapp.SitePages;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.DatabaseFingerprint;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every form and every query parameter, generated hostile values each (a thousand with
 * {@code -Dproofs=full}): huge, empty, control characters, bytes that are not UTF-8, SQL and HTML
 * fragments, bad dates, bad addresses and numbers. No answer may be a 5xx, and a refused form must
 * leave the database exactly as it was. Runs against a real instance over HTTP, so Tomcat's own
 * decoding is in the path too. Each test prints its seed; {@code -Dseed=…} replays it exactly.
 */
class HostileInputIT {

    static final int TRIES = Proofs.size("hostile values per form and per query parameter", 15, 1000);
    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";

    static ScratchPostgres postgres;
    static RunningApp app;
    static WebSession editor;
    static JdbcTemplate jdbc;
    static final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();

    @BeforeAll
    static void start() {
        postgres = ScratchPostgres.start("hostile");
        app = RunningApp.start(postgres.datasourceProperties());
        editor = new WebSession(app.baseUrl());
        editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        jdbc = postgres.jdbc();
    }

    @AfterAll
    static void stop() throws Exception {
        System.out.println("[hostile] answers by target and status:");
        outcomes.forEach((target, statuses) -> System.out.println("[hostile]   " + target + " " + statuses));
        app.close();
        postgres.close();
    }

    // ---- forms: a valid baseline, with one to three controls replaced by hostile values ----

    /**
     * Where a form is tried when not at its sample address (so that withdrawing, merging or
     * deleting does not take away what another form needs), and the valid values it starts from.
     * A form missing here is still tried, at its sample address, from what the page fills in.
     */
    record FormCase(String page, String selector, Map<String, String> baseline) {

        static FormCase at(String page, Map<String, String> baseline) {
            return new FormCase(page, POST_FORM, baseline);
        }
    }

    private static final Map<String, FormCase> KNOWN_FORMS = Map.ofEntries(
            Map.entry(
                    "/sources/new",
                    FormCase.at("/sources/new", Map.of("kind", "NEWS_REPORT", "title", "Hostile base source"))),
            Map.entry(
                    "/actors/new", FormCase.at("/actors/new", Map.of("kind", "PERSON", "name", "Hostile base actor"))),
            Map.entry("/actors/elon-musk/edit", FormCase.at("/actors/dmitry-peskov/edit", Map.of())),
            Map.entry(
                    "/claims/new",
                    FormCase.at("/claims/new", Map.of("statement", "A hostile base claim", "status", "REPORTED"))),
            Map.entry(
                    CLAIM + "/attributions/new",
                    FormCase.at(
                            CLAIM + "/attributions/new",
                            Map.of("sourceId", "1", "stance", "ASSERTS", "quote", "Base quote"))),
            Map.entry(
                    CLAIM + "/links/new",
                    new FormCase(
                            CLAIM + "/links/new",
                            "main form[method=post][action$=/links/new]",
                            Map.of("type", "SUPPORTS", "note", "Base note"))),
            Map.entry(
                    CLAIM + "/verdict",
                    FormCase.at(CLAIM + "/verdict", Map.of("rating", "UNPROVEN", "explanation", "Base explanation"))),
            Map.entry(
                    CLAIM + "/withdraw",
                    FormCase.at("/claims/musk-calls-nyt-and-wsj-left-wing/withdraw", Map.of("reason", "Base reason"))),
            Map.entry(
                    "/attributions/1/withdraw",
                    FormCase.at("/attributions/2/withdraw", Map.of("reason", "Base reason"))),
            Map.entry(
                    "/stories/new",
                    FormCase.at("/stories/new", Map.of("title", "A hostile base story", "claimOrder", "EVENT_DATE"))),
            Map.entry("/sources/1/withdraw", FormCase.at("/sources/5/withdraw", Map.of("reason", "Base reason"))),
            Map.entry("/sources/1/merge", FormCase.at("/sources/4/merge", Map.of("into", "3"))),
            Map.entry(
                    "/account/password",
                    FormCase.at(
                            "/account/password",
                            Map.of(
                                    "currentPassword",
                                    "not the password",
                                    "newPassword",
                                    "a new long password",
                                    "repeatPassword",
                                    "a new long password"))),
            Map.entry(
                    "/admin/accounts",
                    new FormCase(
                            "/admin/accounts",
                            "main form[action=/admin/accounts]",
                            Map.of(
                                    "username",
                                    "base-editor",
                                    "password",
                                    "a long enough password",
                                    "role",
                                    "EDITOR"))));

    /**
     * Every form the application has, found from its handler mappings (SitePages), so a new form
     * gets hostile values without anyone listing it. A form with nothing to type into (a deletion's
     * confirmation) has no input to make hostile and is only opened.
     */
    @TestFactory
    Stream<DynamicTest> everyFormTheApplicationMaps() {
        List<String> formPages = SitePages.formPages(SitePages.of(app, editor));
        System.out.println("[hostile] forms from the handler mappings: " + formPages);
        assertThat(formPages)
                .as("the forms found include every form this test knows")
                .containsAll(KNOWN_FORMS.keySet());
        return formPages.stream()
                .map(sample -> DynamicTest.dynamicTest(sample, () -> {
                    FormCase form = KNOWN_FORMS.getOrDefault(sample, FormCase.at(sample, Map.of()));
                    HtmlForm shown = HtmlForm.from(editor.get(form.page()).body(), form.selector());
                    if (shown.controls().stream().allMatch(c -> c.equals("_csrf"))) {
                        record("form " + form.page() + " (nothing to type)", 200);
                        return;
                    }
                    tries(
                            "form " + form.page(),
                            TRIES,
                            random -> postForm(form.page(), form.selector(), form.baseline(), mutations(random)));
                }));
    }

    /**
     * Forms the handler mappings do not lead to at a sample address: those an editor sends from a
     * page every reader can open (the claim page's desk note and desk work), and the bulk actions,
     * whose page holds forms only once claims are chosen.
     */
    @Test
    void formsNotAtASampleAddress() {
        tries(
                "form " + CLAIM + " desk note",
                TRIES,
                random -> postForm(CLAIM, "main form[action$=/notes]", Map.of("body", "Base note"), mutations(random)));
        tries(
                "form " + CLAIM + " desk work",
                TRIES,
                random ->
                        postForm(CLAIM, "main form[action$=/work]", Map.of("state", "in-progress"), mutations(random)));
        String bulk = "/desk/bulk?claim=3&claim=4";
        tries(
                "form " + bulk + " desk work",
                TRIES,
                random -> postForm(
                        bulk, "main form[action$=/desk/bulk/work]", Map.of("state", "to-check"), mutations(random)));
        tries(
                "form " + bulk + " story",
                TRIES,
                random -> postForm(bulk, "main form[action$=/desk/bulk/story]", Map.of(), mutations(random)));
        // Notes on an attribution and a source are forms on those reading pages, for editors.
        for (String item : List.of("/attributions/1", "/sources/1")) {
            tries(
                    "form " + item + " desk note",
                    TRIES,
                    random -> postForm(
                            item, "main form[action$=/notes]", Map.of("body", "Base note"), mutations(random)));
        }
        // The import's confirmation is on the page its preview answers with, never at an address.
        String preview = "/stories/musk-putin-contacts/import";
        String sheet = "kind,headline,claim_status\nEvent,A hostile-input claim,Reported\n";
        tries("form " + preview + " confirm", TRIES, random -> {
            String html = editor.post(preview, Map.of("sheet", sheet)).body();
            postFormOn(html, preview, "main form[action$=/import/confirm]", Map.of(), mutations(random));
        });
    }

    @Test
    void deskQueueParameters() {
        tries("deskQueueParameters", TRIES * 2, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter("/desk/queue", List.of("state", "assignee", "story", "after", "before", "last"), value);
        });
    }

    @Test
    void signIn() {
        tries("signIn", TRIES, random -> {
            List<Mutation> mutations = mutations(random);
            WebSession visitor = new WebSession(app.baseUrl());
            HtmlForm form = HtmlForm.from(visitor.get("/login").body(), "main form[method=post]")
                    .set("username", "nobody")
                    .set("password", "wrong password");
            Map<String, String> before = DatabaseFingerprint.of(jdbc);
            HttpResponse<String> response = visitor.postEncoded("/login", form.encodedWith(raw(form, mutations)));
            record("form /login", response.statusCode());
            assertThat(response.statusCode()).isLessThan(500);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as("a hostile sign-in never succeeds")
                    .matches(".*/login\\?(error|locked|wait)$|^$");
            assertUnchanged("/login", before);
        });
    }

    // ---- query parameters: each parameter alone gets a thousand hostile values ----

    @Test
    void claimListParameters() {
        tries("claimListParameters", TRIES * 13, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter(
                    "/claims",
                    List.of(
                            "q",
                            "story",
                            "status",
                            "actor",
                            "stance",
                            "topic",
                            "sourceKind",
                            "from",
                            "to",
                            "sort",
                            "after",
                            "before",
                            "last"),
                    value);
        });
    }

    @Test
    void timelineParameters() {
        tries("timelineParameters", TRIES * 10, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter(
                    "/timeline",
                    List.of("story", "actor", "status", "topic", "from", "to", "after", "before", "last", "year"),
                    value);
        });
    }

    @Test
    void timelineCsvParameters() {
        tries("timelineCsvParameters", TRIES * 7, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter(
                    "/timeline.csv", List.of("story", "actor", "status", "topic", "from", "to", "layout"), value);
        });
    }

    @Test
    void claimApiParameters() {
        tries("claimApiParameters", TRIES * 14, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter(
                    "/api/claims",
                    List.of(
                            "q",
                            "story",
                            "status",
                            "actor",
                            "stance",
                            "topic",
                            "sourceKind",
                            "from",
                            "to",
                            "sort",
                            "after",
                            "before",
                            "last",
                            "size"),
                    value);
        });
    }

    @Test
    void timelineApiParameters() {
        tries("timelineApiParameters", TRIES * 10, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter(
                    "/api/timeline",
                    List.of("story", "actor", "status", "topic", "from", "to", "after", "before", "last", "size"),
                    value);
        });
    }

    @Test
    void listPagingParameters() {
        tries("listPagingParameters", TRIES * 4, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter("/sources|/actors|/stories", List.of("q", "after", "before", "last"), value);
        });
    }

    @Test
    void fullListParameters() {
        String claim = "/claims/musk-and-putin-in-regular-contact-since-late-2022";
        tries("fullListParameters", TRIES * 5, random -> {
            String value = HostileValues.encoded(random);
            getWithParameter(
                    claim + "/attributions|" + claim + "/links|/actors/elon-musk/statements",
                    List.of("group", "direction", "after", "before", "last"),
                    value);
        });
    }

    /** One to three controls of the form, each to get a hostile value. */
    private static List<Mutation> mutations(Random random) {
        List<Mutation> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            mutations.add(new Mutation(random.nextInt(1001), HostileValues.encoded(random)));
        }
        return mutations;
    }

    /** The page's form that saves (the new-source page's "fill in from a link" form comes first). */
    private static final String POST_FORM = "main form[method=post]:not(.fetch-form)";

    /** Runs one generated attempt after another from a seeded source; the seed is printed. */
    private static void tries(String name, int count, Consumer<Random> attempt) {
        Random random = Seeds.random("HostileInputIT." + name);
        for (int i = 0; i < count; i++) {
            attempt.accept(random);
        }
    }

    record Mutation(int control, String encodedValue) {}

    // ---- the checks ----

    private static final Map<String, AtomicInteger> parameterTurns = new java.util.concurrent.ConcurrentHashMap<>();

    private static void getWithParameter(String paths, List<String> parameters, String value) {
        int turn =
                parameterTurns.computeIfAbsent(paths, k -> new AtomicInteger()).getAndIncrement();
        String parameter = parameters.get(turn % parameters.size());
        String[] alternatives = paths.split("\\|");
        String path = alternatives[(turn / parameters.size()) % alternatives.length];
        Map<String, String> before = turn % 500 == 0 ? DatabaseFingerprint.of(jdbc) : null;
        HttpResponse<String> response = editor.getRaw(path + "?" + parameter + "=" + value);
        record("GET " + path + "?" + parameter, response.statusCode());
        assertThat(response.statusCode())
                .as(path + "?" + parameter + "=" + abbreviated(value))
                .isLessThan(500);
        if (before != null) {
            assertUnchanged("GET " + path, before);
        }
    }

    /** Loads the form as a browser would, fills the baseline, replaces the chosen controls, posts. */
    private static void postForm(
            String page, String formSelector, Map<String, String> baseline, List<Mutation> mutations) {
        postFormOn(editor.get(page).body(), page, formSelector, baseline, mutations);
    }

    /** {@link #postForm} with the page already in hand (a form that only a post's answer carries). */
    private static void postFormOn(
            String html, String page, String formSelector, Map<String, String> baseline, List<Mutation> mutations) {
        HtmlForm form = HtmlForm.from(html, formSelector);
        baseline.forEach(form::set);
        fillEmptySelects(html, form);
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        HttpResponse<String> response = editor.postEncoded(form.action(), form.encodedWith(raw(form, mutations)));
        int status = response.statusCode();
        record("form " + page, status);
        assertThat(status).as(page + " with " + mutations).isLessThan(500);
        if (status == 302) {
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location)
                    .as("redirects stay on the site")
                    .startsWith(app.baseUrl() + "/")
                    .doesNotContain("/login");
        } else {
            assertUnchanged(page + " with " + mutations, before);
        }
    }

    private static Map<String, String> raw(HtmlForm form, List<Mutation> mutations) {
        List<String> controls =
                form.controls().stream().filter(c -> !c.equals("_csrf")).toList();
        Map<String, String> raw = new LinkedHashMap<>();
        for (Mutation mutation : mutations) {
            raw.put(controls.get(mutation.control() % controls.size()), mutation.encodedValue());
        }
        return raw;
    }

    /** A new claim or attribution needs a story, a speaker or a target: the first the page offers. */
    private static void fillEmptySelects(String html, HtmlForm form) {
        for (var select : Jsoup.parse(html).select("main form[method=post] select[name]")) {
            String name = select.attr("name");
            String current = form.get(name);
            if (current == null || current.isEmpty()) {
                var option = select.selectFirst("option[value~=.+]");
                if (option != null) {
                    form.set(name, option.val());
                }
            }
        }
        // Pickers (form.Choices) offer their items as radio buttons.
        for (var radio :
                Jsoup.parse(html).select("main form[method=post] fieldset.picker input[type=radio][value~=.+]")) {
            String name = radio.attr("name");
            String current = form.get(name);
            if (current == null || current.isEmpty()) {
                form.set(name, radio.val());
            }
        }
    }

    private static void assertUnchanged(String what, Map<String, String> before) {
        Map<String, String> after = DatabaseFingerprint.of(jdbc);
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + digest);
            }
        });
        assertThat(changed).as("tables changed by refused " + what).isEmpty();
    }

    private static synchronized void record(String target, int status) {
        outcomes.computeIfAbsent(target, k -> new TreeMap<>()).merge(String.valueOf(status), 1, Integer::sum);
    }

    private static String abbreviated(String value) {
        return value.length() > 200 ? value.substring(0, 200) + "… (" + value.length() + " chars)" : value;
    }
}
