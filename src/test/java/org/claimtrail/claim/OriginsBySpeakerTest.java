package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrail.testapp.EditorSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A second story entered through the forms the natural way, no relay marked (issue 26): the review's
 * editor entered a ministry's statement carried by two outlets, once as the ministry and once as its
 * spokesman, and the summary counted two independent origins. Origins are counted by speaker and
 * statement by default; the editor is told so on saving, and can count one apart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OriginsBySpeakerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneOrganisationsStatementCarriedByTwoOutletsIsOneOrigin() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        String tag = Long.toString(System.nanoTime(), 36);
        String claim = claim(anna, tag, "The harbour will close for repairs in " + tag + ".");
        long gazette = source(anna, "Gazette " + tag, "Harbour to close, ministry says");
        long wire = source(anna, "Wire " + tag, "Ministry: harbour closing");
        anna.post("/actors/new", "name", "Ministry of Ports " + tag, "kind", "GOVERNMENT_BODY", "distinct", "true");
        anna.post(
                "/actors/new",
                "name",
                "Ana Spokes " + tag,
                "kind",
                "PERSON",
                "speaksFor",
                "Ministry of Ports " + tag,
                "distinct",
                "true");
        long ministry = actor("Ministry of Ports " + tag);
        long spokeswoman = actor("Ana Spokes " + tag);
        assertThat(jdbc.queryForObject("select speaks_for_id from actor where id = ?", Long.class, spokeswoman))
                .isEqualTo(ministry);

        String first =
                anna.postForFlash("/claims/" + claim + "/attributions/new", attribution(gazette, ministry, "ASSERTS"));
        assertThat(first).isEqualTo("Attribution added.");
        String second =
                anna.postForFlash("/claims/" + claim + "/attributions/new", attribution(wire, spokeswoman, "ASSERTS"));
        assertThat(second)
                .startsWith("Attribution added. Counted as the same origin as Ministry of Ports " + tag + " in Gazette "
                        + tag);
        assertThat(summary(claim))
                .startsWith("1 origin: Ministry of Ports " + tag + " (named)")
                .contains("no denials");

        // The same person in two outlets is one origin too.
        long third = source(anna, "Radio " + tag, "Spokeswoman repeats harbour closure");
        anna.post("/claims/" + claim + "/attributions/new", attribution(third, spokeswoman, "ASSERTS"));
        assertThat(summary(claim)).startsWith("1 origin");

        // Anonymous sources: one origin per outlet they are first reported in.
        anna.post("/claims/" + claim + "/attributions/new", anonymous(gazette, "two port officials"));
        anna.post("/claims/" + claim + "/attributions/new", anonymous(gazette, "a port official"));
        assertThat(summary(claim)).startsWith("2 independent origins (1 named, 1 anonymous)");
        anna.post("/claims/" + claim + "/attributions/new", anonymous(wire, "port workers"));
        assertThat(summary(claim)).startsWith("3 independent origins (1 named, 2 anonymous)");

        // The editor who knows better counts one apart: the form's "A separate origin".
        long spokeswomanInTheWire = jdbc.queryForObject(
                "select id from attribution where source_id = ? and speaker_id = ?", Long.class, wire, spokeswoman);
        Document form = anna.page("/attributions/" + spokeswomanInTheWire + "/edit");
        assertThat(form.select("#separateOrigin input[type=checkbox]")).hasSize(1);
        String[] apart = withSeparateOrigin(attribution(wire, spokeswoman, "ASSERTS"), form);
        assertThat(anna.postForFlash("/attributions/" + spokeswomanInTheWire + "/edit", apart))
                .isEqualTo("Attribution saved.");
        assertThat(summary(claim)).startsWith("4 independent origins (2 named, 2 anonymous)");
    }

    @Test
    void anActorCannotSpeakForItselfNorForASpokesman() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        String tag = Long.toString(System.nanoTime(), 36);
        Document unknown = EditorSession.html(anna.post(
                "/actors/new",
                "name",
                "Bo " + tag,
                "kind",
                "PERSON",
                "speaksFor",
                "Nobody " + tag,
                "distinct",
                "true"));
        assertThat(unknown.select("#speaksFor-error, .field-error").text())
                .contains("No actor is named “Nobody " + tag);
        assertThat(jdbc.queryForObject("select count(*) from actor where name = ?", Long.class, "Bo " + tag))
                .isZero();

        Document spokesman = EditorSession.html(anna.post(
                "/actors/new",
                "name",
                "Cy " + tag,
                "kind",
                "PERSON",
                "speaksFor",
                "dmitry-peskov",
                "distinct",
                "true"));
        assertThat(spokesman.select(".field-error").text())
                .contains("Dmitry Peskov speaks for The Kremlin: name The Kremlin instead.");
    }

    private String summary(String claim) throws Exception {
        return EditorSession.editor(mvc, "reader-view")
                .page("/claims/" + claim)
                .select("main p.sourcing-summary")
                .first()
                .text();
    }

    private String claim(EditorSession anna, String tag, String statement) throws Exception {
        anna.post("/stories/new", "title", "Harbour " + tag, "claimOrder", "EVENT_DATE");
        long story = jdbc.queryForObject("select id from story where title = ?", Long.class, "Harbour " + tag);
        anna.post("/claims/new", "storyId", String.valueOf(story), "statement", statement, "status", "REPORTED");
        return jdbc.queryForObject("select slug from claim where statement = ?", String.class, statement);
    }

    private long source(EditorSession anna, String publisher, String title) throws Exception {
        anna.post(
                "/sources/new",
                "kind",
                "NEWS_REPORT",
                "title",
                title,
                "newPublisherName",
                publisher,
                "newPublisherDistinct",
                "true");
        return jdbc.queryForObject("select id from source where title = ?", Long.class, title);
    }

    private long actor(String name) {
        return jdbc.queryForObject("select id from actor where name = ?", Long.class, name);
    }

    private static String[] attribution(long source, long speaker, String stance) {
        return new String[] {
            "sourceId",
            String.valueOf(source),
            "speakerId",
            String.valueOf(speaker),
            "stance",
            stance,
            "noQuote",
            "true"
        };
    }

    private static String[] anonymous(long source, String who) {
        return new String[] {
            "sourceId",
            String.valueOf(source),
            "speakerDescription",
            who,
            "anonymous",
            "true",
            "stance",
            "ASSERTS",
            "basis",
            "briefed on the plans",
            "noQuote",
            "true"
        };
    }

    private static String[] withSeparateOrigin(String[] params, Document form) {
        String[] all = java.util.Arrays.copyOf(params, params.length + 4);
        all[params.length] = "separateOrigin";
        all[params.length + 1] = "true";
        all[params.length + 2] = "version";
        all[params.length + 3] = form.select("input[name=version]").val();
        return all;
    }
}
