package org.claimtrail.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.DatabaseFingerprint;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form and every query parameter, a thousand generated hostile values each: huge, empty,
 * control characters, bytes that are not UTF-8, SQL and HTML fragments, bad dates, bad
 * addresses and numbers. No answer may be a 5xx, and a refused form must leave the database
 * exactly as it was. Runs against a real instance over HTTP, so Tomcat's own decoding is in
 * the path too.
 */
class HostileInputIT {

    static final int TRIES = 1000;
    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";

    static ScratchPostgres postgres;
    static RunningApp app;
    static WebSession editor;
    static JdbcTemplate jdbc;
    static final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();

    @BeforeContainer
    static void start() {
        postgres = ScratchPostgres.start("hostile");
        app = RunningApp.start(postgres.datasourceProperties());
        editor = new WebSession(app.baseUrl());
        editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        jdbc = postgres.jdbc();
    }

    @AfterContainer
    static void stop() throws Exception {
        System.out.println("[hostile] answers by target and status:");
        outcomes.forEach((target, statuses) -> System.out.println("[hostile]   " + target + " " + statuses));
        app.close();
        postgres.close();
    }

    // ---- forms: a valid baseline, with one to three controls replaced by hostile values ----

    @Property(tries = TRIES)
    void sourceCreation(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/sources/new", Map.of("kind", "NEWS_REPORT", "title", "Hostile base source"), mutations);
    }

    @Property(tries = TRIES)
    void sourceEditing(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/sources/1/edit", Map.of(), mutations);
    }

    @Property(tries = TRIES)
    void actorCreation(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/actors/new", Map.of("kind", "PERSON", "name", "Hostile base actor"), mutations);
    }

    @Property(tries = TRIES)
    void actorEditing(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/actors/dmitry-peskov/edit", Map.of(), mutations);
    }

    @Property(tries = TRIES)
    void claimCreation(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/claims/new", Map.of("statement", "A hostile base claim", "status", "REPORTED"), mutations);
    }

    @Property(tries = TRIES)
    void claimEditing(@ForAll("mutations") List<Mutation> mutations) {
        postForm(CLAIM + "/edit", Map.of(), mutations);
    }

    @Property(tries = TRIES)
    void attributionCreation(@ForAll("mutations") List<Mutation> mutations) {
        postForm(CLAIM + "/attributions/new", Map.of("sourceId", "1", "stance", "ASSERTS", "quote", "Base quote"),
                mutations);
    }

    @Property(tries = TRIES)
    void attributionEditing(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/attributions/1/edit", Map.of(), mutations);
    }

    @Property(tries = TRIES)
    void linkCreation(@ForAll("mutations") List<Mutation> mutations) {
        postForm(CLAIM + "/links/new", "main form[action$=/links/new]", Map.of("type", "SUPPORTS", "note", "Base note"), mutations);
    }

    @Property(tries = TRIES)
    void claimWithdrawal(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/claims/musk-calls-nyt-and-wsj-left-wing/withdraw", Map.of("reason", "Base reason"), mutations);
    }

    @Property(tries = TRIES)
    void attributionWithdrawal(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/attributions/2/withdraw", Map.of("reason", "Base reason"), mutations);
    }

    @Property(tries = TRIES)
    void passwordChange(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/account/password", Map.of("currentPassword", "not the password", "newPassword",
                "a new long password", "repeatPassword", "a new long password"), mutations);
    }

    @Property(tries = TRIES)
    void accountCreation(@ForAll("mutations") List<Mutation> mutations) {
        postForm("/admin/accounts", "main form[action=/admin/accounts]", Map.of("username", "base-editor", "password", "a long enough password",
                "role", "EDITOR"), mutations);
    }

    @Property(tries = TRIES)
    void signIn(@ForAll("mutations") List<Mutation> mutations) {
        WebSession visitor = new WebSession(app.baseUrl());
        HtmlForm form = HtmlForm.from(visitor.get("/login").body(), "main form[method=post]")
                .set("username", "nobody").set("password", "wrong password");
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        HttpResponse<String> response = visitor.postEncoded("/login", form.encodedWith(raw(form, mutations)));
        record("form /login", response.statusCode());
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.headers().firstValue("Location").orElse("")).as("a hostile sign-in never succeeds")
                .matches(".*/login\\?(error|locked)$|^$");
        assertUnchanged("/login", before);
    }

    // ---- query parameters: each parameter alone gets a thousand hostile values ----

    @Property(tries = TRIES * 11)
    void claimListParameters(@ForAll("hostile") String value) {
        getWithParameter("/claims", List.of("q", "story", "status", "actor", "stance", "topic", "sourceKind", "from",
                "to", "sort", "page"), value);
    }

    @Property(tries = TRIES * 7)
    void timelineParameters(@ForAll("hostile") String value) {
        getWithParameter("/timeline", List.of("story", "actor", "status", "topic", "from", "to", "page"), value);
    }

    @Property(tries = TRIES * 7)
    void timelineCsvParameters(@ForAll("hostile") String value) {
        getWithParameter("/timeline.csv", List.of("story", "actor", "status", "topic", "from", "to", "layout"), value);
    }

    @Property(tries = TRIES * 12)
    void claimApiParameters(@ForAll("hostile") String value) {
        getWithParameter("/api/claims", List.of("q", "story", "status", "actor", "stance", "topic", "sourceKind", "from",
                "to", "sort", "page", "size"), value);
    }

    @Property(tries = TRIES * 8)
    void timelineApiParameters(@ForAll("hostile") String value) {
        getWithParameter("/api/timeline", List.of("story", "actor", "status", "topic", "from", "to", "page", "size"),
                value);
    }

    @Property(tries = TRIES * 2)
    void listPagingParameters(@ForAll("hostile") String value) {
        getWithParameter("/sources|/actors", List.of("page"), value);
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileValues.encoded();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.integers().between(0, 1000).flatMap(control -> HostileValues.encoded()
                .map(value -> new Mutation(control, value))).list().ofMinSize(1).ofMaxSize(3);
    }

    record Mutation(int control, String encodedValue) {
    }

    // ---- the checks ----

    private static final Map<String, AtomicInteger> parameterTurns = new java.util.concurrent.ConcurrentHashMap<>();

    private static void getWithParameter(String paths, List<String> parameters, String value) {
        int turn = parameterTurns.computeIfAbsent(paths, k -> new AtomicInteger()).getAndIncrement();
        String parameter = parameters.get(turn % parameters.size());
        String[] alternatives = paths.split("\\|");
        String path = alternatives[(turn / parameters.size()) % alternatives.length];
        Map<String, String> before = turn % 500 == 0 ? DatabaseFingerprint.of(jdbc) : null;
        HttpResponse<String> response = editor.getRaw(path + "?" + parameter + "=" + value);
        record("GET " + path + "?" + parameter, response.statusCode());
        assertThat(response.statusCode()).as(path + "?" + parameter + "=" + abbreviated(value)).isLessThan(500);
        if (before != null) {
            assertUnchanged("GET " + path, before);
        }
    }

    /** Loads the form as a browser would, fills the baseline, replaces the chosen controls, posts. */
    private static void postForm(String page, Map<String, String> baseline, List<Mutation> mutations) {
        postForm(page, "main form[method=post]", baseline, mutations);
    }

    private static void postForm(String page, String formSelector, Map<String, String> baseline,
                                 List<Mutation> mutations) {
        String html = editor.get(page).body();
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
            assertThat(location).as("redirects stay on the site").startsWith(app.baseUrl() + "/")
                    .doesNotContain("/login");
        } else {
            assertUnchanged(page + " with " + mutations, before);
        }
    }

    private static Map<String, String> raw(HtmlForm form, List<Mutation> mutations) {
        List<String> controls = form.controls().stream().filter(c -> !c.equals("_csrf")).toList();
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
