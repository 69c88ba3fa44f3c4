package org.claimtrail.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.account.AccountService;
import org.claimtrail.account.Role;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An editor who leaves a form to add what it needs (a source or a speaker for an attribution, an
 * actor for a claim) comes back to that form with every field as typed and the new item chosen,
 * over real HTTP with the session kept where the application keeps it, and without JavaScript:
 * every step is a form post or a link.
 */
@IsolatedDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NothingTypedIsLostTest {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    WebSession desk;
    String name;

    @BeforeEach
    void signIn() {
        name = "desk-" + System.nanoTime();
        accounts.create(name, "a desk password", Role.EDITOR);
        desk = new WebSession("http://127.0.0.1:" + port);
        desk.signIn(name, "a desk password");
    }

    @Test
    void addingASourceFromAnAttributionComesBackWithEverythingTypedAndTheSourceChosen() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("stance", "DENIES");
        typed.put("speakerDescription", "a person briefed on the talks");
        typed.put("sourceCount", "2");
        typed.put("basis", "briefed on the request");
        typed.put("quote", "It never happened, “in any form”.");
        typed.put("wording", "OWN");
        typed.put("stated", "26 October 2024");
        typed.put("statedLabel", "in late October");

        String sourceForm = redirectOf(desk.post(CLAIM + "/attributions/new", with(typed, "add", "source")));
        assertThat(sourceForm).startsWith("/sources/new?returnTo=");
        Document newSource = page(sourceForm);
        String returnTo = newSource.select("input[name=returnTo]").last().val();
        assertThat(returnTo).startsWith(CLAIM + "/attributions/new?draft=");
        assertThat(newSource.select("a:contains(Cancel)").attr("href"))
                .as("cancelling the detour goes back to the draft too")
                .isEqualTo(returnTo);

        String back = redirectOf(desk.post(
                "/sources/new",
                Map.of(
                        "kind", "NEWS_REPORT",
                        "title", "A report found on the way",
                        "url", "https://example.org/found-on-the-way",
                        "returnTo", returnTo)));
        long source = jdbc.queryForObject(
                "select id from source where url = 'https://example.org/found-on-the-way'", Long.class);
        assertThat(back).isEqualTo(returnTo + "&sourceId=" + source);

        FormElement form = attributionForm(page(back));
        assertThat(chosen(form, "sourceId")).isEqualTo(String.valueOf(source));
        assertThat(chosen(form, "stance")).isEqualTo("DENIES");
        assertThat(form.selectFirst("input[name=speakerDescription]").val()).isEqualTo("a person briefed on the talks");
        assertThat(form.selectFirst("input[name=sourceCount]").val()).isEqualTo("2");
        assertThat(form.selectFirst("input[name=basis]").val()).isEqualTo("briefed on the request");
        assertThat(form.selectFirst("textarea[name=quote]").val()).isEqualTo("It never happened, “in any form”.");
        assertThat(form.selectFirst("input[name=wording][checked]").val()).isEqualTo("OWN");
        assertThat(form.selectFirst("input[name=stated]").val()).isEqualTo("26 October 2024");
        assertThat(form.selectFirst("input[name=statedLabel]").val()).isEqualTo("in late October");

        // Sent as the browser sends it, the form that came back saves the attribution.
        assertThat(redirectOf(send(CLAIM + "/attributions/new", fields(form)))).isEqualTo(CLAIM);
        assertThat(jdbc.queryForObject(
                        "select quote from attribution where source_id = ? and stance = 'DENIES'",
                        String.class,
                        source))
                .isEqualTo("It never happened, “in any form”.");
    }

    @Test
    void addingAnActorFromAClaimComesBackWithEverythingTypedAndTheActorAsASubject() {
        long story = jdbc.queryForObject("select min(id) from story", Long.class);
        List<Map.Entry<String, String>> typed = List.of(
                new SimpleEntry<>("storyId", String.valueOf(story)),
                new SimpleEntry<>("statement", "Two officials met in \"late 2023\" & talked."),
                new SimpleEntry<>("status", "DISPUTED"),
                new SimpleEntry<>("statusReason", "One side denies it."),
                new SimpleEntry<>("event", "late 2023"),
                new SimpleEntry<>("subjects", "Elon Musk"),
                new SimpleEntry<>("subjects", ""),
                new SimpleEntry<>("topics", "meetings, kremlin"),
                new SimpleEntry<>("add", "actor"));

        String actorForm = redirectOf(desk.postEncoded("/claims/new", withToken(typed)));
        assertThat(actorForm).startsWith("/actors/new?returnTo=");
        String returnTo = page(actorForm).selectFirst("input[name=returnTo]").val();
        assertThat(returnTo).startsWith("/claims/new?draft=");

        String back = redirectOf(desk.post(
                "/actors/new", Map.of("name", "An Official Met On The Way", "kind", "PERSON", "returnTo", returnTo)));
        assertThat(back).isEqualTo(returnTo + "&actor=an-official-met-on-the-way");

        FormElement form = (FormElement) page(back).selectFirst("main form[method=post]");
        assertThat(chosen(form, "storyId")).isEqualTo(String.valueOf(story));
        assertThat(form.selectFirst("textarea[name=statement]").val())
                .isEqualTo("Two officials met in \"late 2023\" & talked.");
        assertThat(chosen(form, "status")).isEqualTo("DISPUTED");
        assertThat(form.selectFirst("input[name=statusReason]").val()).isEqualTo("One side denies it.");
        assertThat(form.selectFirst("input[name=event]").val()).isEqualTo("late 2023");
        assertThat(form.select("input[name=subjects]").eachAttr("value"))
                .startsWith("Elon Musk", "an-official-met-on-the-way");
        assertThat(form.selectFirst("input[name=topics]").val()).isEqualTo("meetings, kremlin");

        String saved = redirectOf(send("/claims/new", fields(form)));
        assertThat(saved).startsWith("/claims/");
        assertThat(jdbc.queryForList("""
                        select a.slug from claim c join claim_subject s on s.claim_id = c.id join actor a on a.id = s.actor_id
                        where c.slug = ? order by a.slug""", String.class, saved.substring("/claims/".length())))
                .containsExactly("an-official-met-on-the-way", "elon-musk");
    }

    @Test
    void addingASpeakerWhileEditingKeepsTheEditAndTheVersionItStartedFrom() {
        long attribution = jdbc.queryForObject(
                "select min(a.id) from attribution a join claim c on c.id = a.claim_id where c.slug = ?",
                Long.class,
                CLAIM.substring("/claims/".length()));
        FormElement editing = attributionForm(page("/attributions/" + attribution + "/edit"));
        List<Map.Entry<String, String>> typed = new ArrayList<>();
        for (Map.Entry<String, String> field : fields(editing)) {
            typed.add(new SimpleEntry<>(
                    field.getKey(),
                    field.getKey().equals("basis") ? "a basis typed before the detour" : field.getValue()));
        }
        typed.add(new SimpleEntry<>("add", "speaker"));
        String version = editing.selectFirst("input[name=version]").val();

        String actorForm = redirectOf(desk.postEncoded("/attributions/" + attribution + "/edit", withToken(typed)));
        String returnTo = page(actorForm).selectFirst("input[name=returnTo]").val();
        String back = redirectOf(desk.post(
                "/actors/new", Map.of("name", "A Speaker Added Mid-Edit", "kind", "PERSON", "returnTo", returnTo)));
        long speaker = jdbc.queryForObject("select id from actor where slug = 'a-speaker-added-mid-edit'", Long.class);

        FormElement form = attributionForm(page(back));
        assertThat(chosen(form, "speakerId")).isEqualTo(String.valueOf(speaker));
        assertThat(form.selectFirst("input[name=basis]").val()).isEqualTo("a basis typed before the detour");
        assertThat(form.selectFirst("input[name=version]").val())
                .as("the version the edit started from, so a change made meanwhile is still caught")
                .isEqualTo(version);
    }

    @Test
    void aFormSentAfterTheSessionEndedComesBackFilledOnceTheEditorSignsInAgain() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", "NEWS_REPORT");
        typed.put("title", "Typed while the session ran out");
        typed.put("url", "https://example.org/typed-while-away");
        typed.put("author", "A. Reporter <script>alert(1)</script>\"");
        // Characters HTML, XML and PostgreSQL cannot hold are left out of what is carried and kept.
        typed.put("archiveUrl", "https://archive.example/\u0000x\uFFFE");
        typed.put("published", "25 October 2024");
        desk.csrfToken();
        jdbc.update("delete from spring_session where principal_name = ?", name);

        HttpResponse<String> refused = desk.post("/sources/new", typed);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from source where title = ?", Long.class, typed.get("title")))
                .as("nothing saved")
                .isZero();
        Document signIn = Jsoup.parse(refused.body());
        assertThat(signIn.select("[role=alert]").text()).contains("Your session had ended");
        assertThat(signIn.select("input[name=carried.title]").val()).isEqualTo(typed.get("title"));
        assertThat(signIn.select("input[name^=carried.]").eachAttr("name")).doesNotContain("carried._csrf");
        assertThat(signIn.select("script:containsData(alert)"))
                .as("carried as text")
                .isEmpty();
        assertThat(refused.body()).doesNotContain("\u0000", "\uFFFE");
        assertThat(signIn.select("input[name=carried.archiveUrl]").val()).isEqualTo("https://archive.example/x");

        // A wrong password first: the form is still carried.
        Map<String, String> signInFields = new LinkedHashMap<>();
        ((FormElement) signIn.selectFirst("main form")).formData().forEach(f -> signInFields.put(f.key(), f.value()));
        signInFields.put("username", name);
        signInFields.put("password", "not the password");
        HttpResponse<String> wrong = desk.post("/login", signInFields);
        assertThat(wrong.statusCode()).isEqualTo(401);
        Document again = Jsoup.parse(wrong.body());
        assertThat(again.select("[role=alert]").text()).contains("Wrong username or password");
        assertThat(again.select("input[name=carried.author]").val()).isEqualTo(typed.get("author"));

        signInFields.put("password", "a desk password");
        String back = redirectOf(desk.post("/login", signInFields));
        assertThat(back).startsWith("/sources/new?draft=");

        WebSession signedIn = desk.on(desk.baseUrl());
        HttpResponse<String> page = signedIn.get(back);
        FormElement form =
                (FormElement) Jsoup.parse(page.body()).selectFirst("main form[method=post]:not(.fetch-form)");
        assertThat(chosen(form, "kind")).isEqualTo("NEWS_REPORT");
        assertThat(form.selectFirst("input[name=title]").val()).isEqualTo(typed.get("title"));
        assertThat(form.selectFirst("input[name=url]").val()).isEqualTo(typed.get("url"));
        assertThat(form.selectFirst("input[name=author]").val()).isEqualTo(typed.get("author"));
        assertThat(form.selectFirst("input[name=published]").val()).isEqualTo("25 October 2024");
        assertThat(form.selectFirst("input[name=archiveUrl]").val()).isEqualTo("https://archive.example/x");
    }

    @Test
    void aDateSaidRelativeToTheSourceIsReadAgainstTheSourcesDayAndSavedInWordsReadersCanFollow() {
        Map<String, Object> source = jdbc.queryForMap("""
                select id, published_earliest from source
                where published_earliest = published_latest order by id limit 1""");
        java.time.LocalDate day = ((java.sql.Date) source.get("published_earliest")).toLocalDate();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("sourceId", String.valueOf(source.get("id")));
        typed.put("stance", "ASSERTS");
        typed.put("speakerDescription", "people familiar with the talks");
        typed.put("quote", "It began late last year.");
        typed.put("wording", "OWN");
        typed.put("stated", "late last year");

        Document checked = Jsoup.parse(desk.post(CLAIM + "/attributions/new", with(typed, "check", "dates"))
                .body());
        int lastYear = day.getYear() - 1;
        assertThat(checked.select(".date-reading").text())
                .isEqualTo("late last year → " + lastYear + "-39, September–December " + lastYear
                        + " (read against the source’s date, " + day.getDayOfMonth() + " "
                        + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                        + day.getYear() + ")");

        assertThat(redirectOf(desk.post(CLAIM + "/attributions/new", typed))).isEqualTo(CLAIM);
        assertThat(jdbc.queryForMap(
                        "select stated_edtf, stated_label from attribution where quote = 'It began late last year.'"))
                .containsEntry("stated_edtf", lastYear + "-39")
                .containsEntry("stated_label", "late " + lastYear);
    }

    /**
     * A new actor whose name resembles one on file is asked about before it is made; from a claim,
     * the one on file is a link back to the claim with it as a subject.
     */
    @Test
    void aNewActorLikeOneOnFileIsAskedAboutAndTheOneOnFileIsALinkBack() {
        String actorForm = redirectOf(desk.post(
                "/claims/new", Map.of("statement", "Politico reported the talks.", "subjects", "", "add", "actor")));
        String returnTo = page(actorForm).selectFirst("input[name=returnTo]").val();

        Map<String, String> politico = Map.of("name", "POLITICO", "kind", "NEWS_OUTLET", "returnTo", returnTo);
        HttpResponse<String> asked = desk.post("/actors/new", politico);
        assertThat(asked.statusCode()).as("nothing saved yet").isEqualTo(200);
        Document question = Jsoup.parse(asked.body());
        assertThat(question.select("#resembling a").eachText()).containsExactly("Use Politico Europe");
        assertThat(jdbc.queryForObject("select count(*) from actor where name = 'POLITICO'", Long.class))
                .isZero();

        String back = question.selectFirst("#resembling a").attr("href");
        FormElement claim = (FormElement) page(back).selectFirst("main form[method=post]");
        assertThat(claim.selectFirst("textarea[name=statement]").val()).isEqualTo("Politico reported the talks.");
        assertThat(claim.select("input[name=subjects]").eachAttr("value")).contains("politico-europe");

        Map<String, String> another = new LinkedHashMap<>(politico);
        another.put("name", "Kremlin Watchers");
        another.put("kind", "ORGANISATION");
        assertThat(Jsoup.parse(desk.post("/actors/new", another).body())
                        .select("#resembling a")
                        .eachText())
                .containsExactly("Use The Kremlin");
        another.put("distinct", "true");
        assertThat(redirectOf(desk.post("/actors/new", another))).endsWith("actor=kremlin-watchers");
    }

    @Test
    void aDraftIsOnlyItsOwnSessions() {
        String sourceForm = redirectOf(
                desk.post(CLAIM + "/attributions/new", Map.of("basis", "only mine to see", "add", "source")));
        String returnTo = page(sourceForm).select("input[name=returnTo]").last().val();

        String other = "other-" + System.nanoTime();
        accounts.create(other, "another password", Role.EDITOR);
        WebSession someoneElse = new WebSession("http://127.0.0.1:" + port);
        someoneElse.signIn(other, "another password");
        HttpResponse<String> theirs = someoneElse.get(returnTo);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(attributionForm(Jsoup.parse(theirs.body()))
                        .selectFirst("input[name=basis]")
                        .val())
                .isEmpty();
        assertThat(someoneElse
                        .get(CLAIM + "/attributions/new?draft=not-a-draft&actor=nobody-at-all")
                        .statusCode())
                .isEqualTo(200);
    }

    private Document page(String path) {
        HttpResponse<String> response = desk.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static FormElement attributionForm(Document page) {
        return (FormElement) page.selectFirst("main form[method=post]");
    }

    /** The value chosen in a list or a picker (form.Choices: radio buttons). */
    private static String chosen(Element form, String field) {
        Element option = form.selectFirst(
                "select[name=" + field + "] option[selected], input[type=radio][name=" + field + "][checked]");
        return option == null ? null : option.val();
    }

    /** The form's fields as a browser sends them with its save button (no errand), repeated names and all. */
    private static List<Map.Entry<String, String>> fields(FormElement form) {
        return HtmlForm.sent(form).stream()
                .filter(field -> !field.getKey().equals("_csrf"))
                .toList();
    }

    private HttpResponse<String> send(String path, List<Map.Entry<String, String>> fields) {
        return desk.postEncoded(path, withToken(fields));
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }

    private String withToken(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(new SimpleEntry<>("_csrf", desk.csrfToken()));
        return WebSession.encode(all);
    }

    private static String redirectOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        String query = location.getRawQuery();
        return location.getPath()
                + (query == null ? "" : "?" + URI.create("?" + query).getQuery());
    }
}
