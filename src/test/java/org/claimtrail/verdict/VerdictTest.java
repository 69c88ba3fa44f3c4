package org.claimtrail.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verdict is the desk's published judgement, apart from a claim's status: drafted by one editor,
 * seen by editors only until a second editor (or an admin) publishes it, and only then written as
 * ClaimReview, with every field Google's ClaimReview asks for. Changing a published verdict is a
 * correction with a reason.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class VerdictTest {

    private static final String CLAIM = "/claims/musk-and-putin-in-regular-contact-since-late-2022";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClaimPageCarriesAClaimReviewOnlyForAPublishedVerdict() throws Exception {
        // Other tests here publish verdicts; every other seed claim, whatever its status, has none.
        List<String> published = jdbc.queryForList("""
                select c.slug from claim c join verdict v on v.claim_id = c.id where v.published_at is not null""", String.class);
        List<String> slugs = jdbc.queryForList("select slug from claim", String.class);

        assertThat(slugs)
                .hasSize(14)
                .allSatisfy(slug -> assertThat(types(jsonLd(reader("/claims/" + slug))))
                        .as(slug)
                        .containsExactly(published.contains(slug) ? "ClaimReview" : "Claim"));
        assertThat(published).hasSizeLessThan(14);
    }

    @Test
    void aDraftIsForEditorsUntilASecondEditorPublishesItThenItIsAValidClaimReview() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession bob = EditorSession.editor(mvc, "bob");

        assertThat(anna.post(
                                CLAIM + "/verdict",
                                "rating",
                                "UNPROVEN",
                                "explanation",
                                "  Anonymous officials only; the Kremlin denies it.  ")
                        .getRedirectedUrl())
                .isEqualTo(CLAIM + "#verdict");
        assertThat(reader(CLAIM).select("#verdict")).as("a draft is not public").isEmpty();
        assertThat(types(jsonLd(reader(CLAIM)))).containsExactly("Claim");
        assertThat(anna.page(CLAIM).select("#verdict .verdict-draft").text())
                .contains(
                        "Draft (editors only)",
                        "Unproven",
                        "Anonymous officials only; the Kremlin denies it.",
                        "drafted by anna");
        Document form = anna.page(CLAIM + "/verdict");
        assertThat(form.select("input[name=rating][checked]").val())
                .as("the draft is the form's start")
                .isEqualTo("UNPROVEN");
        assertThat(form.select("textarea[name=explanation]").text())
                .isEqualTo("Anonymous officials only; the Kremlin denies it.");

        Document annas = anna.page(CLAIM);
        assertThat(annas.select("#verdict form[action$=/verdict/publish]"))
                .as("the drafter gets no Publish button")
                .isEmpty();
        assertThat(annas.select("#verdict").text()).contains("Waiting for review by another editor.");
        // Sent anyway, naming the draft as a second editor read it, the drafter is still refused.
        assertThat(anna.postForFlashError(
                        CLAIM + "/verdict/publish", publishForm(bob.page(CLAIM)).toArray(String[]::new)))
                .startsWith("Not published: a verdict is published by another editor than the one who drafted it");
        assertThat(reader(CLAIM).select("#verdict"))
                .as("nobody publishes their own draft")
                .isEmpty();

        publishAsRead(bob, CLAIM);
        Document published = reader(CLAIM);
        assertThat(published.select("#verdict").text())
                .contains(
                        "Unproven", "Anonymous officials only; the Kremlin denies it.", "Reviewed by anna", "with bob");

        JsonNode review = jsonLd(published).get("@graph").get(0);
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asString()).startsWith("Musk and Putin have been in regular contact");
        assertThat(review.get("url").asString()).isEqualTo("http://localhost" + CLAIM + "#verdict");
        assertThat(review.get("datePublished").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString())
                .matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode author = review.get("author");
        assertThat(author.get("@type").asString()).isEqualTo("Organization");
        assertThat(author.get("name").asString())
                .as("the newsroom (CLAIMTRAIL_NEWSROOM_NAME)")
                .isEqualTo("Claimtrail");
        assertThat(author.get("correctionsPolicy").asString()).isEqualTo("http://localhost/standards#corrections");
        assertThat(author.get("unnamedSourcesPolicy").asString())
                .isEqualTo("http://localhost/standards#anonymous-sources");
        JsonNode rating = review.get("reviewRating");
        assertThat(List.of(
                        rating.get("ratingValue").asInt(),
                        rating.get("bestRating").asInt(),
                        rating.get("worstRating").asInt()))
                .containsExactly(3, 5, 1);
        assertThat(rating.get("alternateName").asString()).isEqualTo("Unproven");
        JsonNode item = review.get("itemReviewed");
        assertThat(item.get("@type").asString()).isEqualTo("Claim");
        assertThat(item.get("appearance").size()).isPositive();
        assertThat(item.get("firstAppearance").get("datePublished").asString()).isEqualTo("2024-10-24");
    }

    @Test
    void anAdminPublishesTheirOwnDraftAndChangingAPublishedVerdictIsACorrectionWithAReason() throws Exception {
        String claim = "/claims/spacex-won-classified-contract-in-2021";
        EditorSession root = EditorSession.admin(mvc, "root");
        root.post(claim + "/verdict", "rating", "ACCURATE", "explanation", "The contract is on record.");
        publishAsRead(root, claim);
        assertThat(reader(claim).select("#verdict .verdict-rating").text()).isEqualTo("Accurate");

        root.post(
                claim + "/verdict",
                "rating",
                "MOSTLY_ACCURATE",
                "explanation",
                "The contract is on record; its value is reported, not confirmed.");
        publishAsRead(root, claim);
        assertThat(reader(claim).select("#verdict .verdict-rating").text())
                .as("no reason, no change: the published verdict stays")
                .isEqualTo("Accurate");

        publishAsRead(root, claim, "correctionReason", "x".repeat(VerdictController.MAX_REASON + 1));
        assertThat(reader(claim).select("#verdict .verdict-rating").text())
                .as("a reason too long is refused")
                .isEqualTo("Accurate");

        publishAsRead(root, claim, "correctionReason", "The contract's value comes from one report.");
        assertThat(reader(claim).select("#verdict .verdict-rating").text()).isEqualTo("Mostly accurate");
        assertThat(reader("/corrections").select("li.correction").eachText())
                .anySatisfy(row -> assertThat(row).contains("Verdict", "The contract's value comes from one report."));
    }

    @Test
    void aVerdictWithoutARatingOrExplanationIsRefusedWithReasons() throws Exception {
        String claim = "/claims/musk-holds-a-security-clearance";
        Document form = Jsoup.parse(EditorSession.editor(mvc, "anna")
                .post(claim + "/verdict", "explanation", " ")
                .getContentAsString());

        assertThat(form.select(".field-error").eachText())
                .contains(
                        "Choose a rating on the scale.",
                        "Explain the verdict; readers will see the explanation with it.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from verdict v join claim c on c.id = v.claim_id "
                                + "where c.slug = 'musk-holds-a-security-clearance'",
                        Integer.class))
                .isZero();
    }

    private Document reader(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode jsonLd(Document page) {
        return JSON.readTree(
                page.select("script[type=application/ld+json]").first().data());
    }

    private static List<String> types(JsonNode jsonLd) {
        return jsonLd.get("@graph")
                .valueStream()
                .map(node -> node.get("@type").asString())
                .toList();
    }

    /**
     * The two-person rule holds when the draft changes under the reviewer: bob reads anna's draft,
     * anna saves another, bob's Publish (from the page he read) publishes nothing, and says what he
     * read and what the draft says now.
     */
    @Test
    void aDraftSavedAgainAfterTheReviewerReadItIsNotPublishedInTheirName() throws Exception {
        String claim = "/claims/pentagon-declined-to-comment-on-clearances";
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession bob = EditorSession.editor(mvc, "bob");
        anna.post(claim + "/verdict", "rating", "UNPROVEN", "explanation", "One report, no document.");
        Document readByBob = bob.page(claim);
        anna.post(claim + "/verdict", "rating", "ACCURATE", "explanation", "Swapped in after bob read the draft.");

        List<String> fields = publishForm(readByBob);
        String refusal = bob.postForFlashError(claim + "/verdict/publish", fields.toArray(String[]::new));

        assertThat(refusal)
                .startsWith("Not published: the draft was saved again after you read it.")
                .contains(
                        "You read: Unproven — “One report, no document.”",
                        "It now reads: Accurate — “Swapped in after bob read the draft.” (drafted by anna)");
        assertThat(reader(claim).select("#verdict")).as("nothing published").isEmpty();
        assertThat(jdbc.queryForObject(
                        "select rating is null from verdict v join claim c on c.id = v.claim_id where c.slug = ?",
                        Boolean.class,
                        claim.substring("/claims/".length())))
                .isTrue();

        publishAsRead(bob, claim);
        assertThat(reader(claim).select("#verdict").text())
                .contains("Accurate", "Swapped in after bob read the draft.", "with bob");
    }

    /** A draft is the desk's: saving one leaves readers' ETag and Last-Modified as they were; publishing moves them. */
    @Test
    void aDraftDoesNotTellReadersAnythingChanged() throws Exception {
        String claim = "/claims/starlink-still-unavailable-in-taiwan";
        String before = readersEtag(claim);
        EditorSession.editor(mvc, "anna")
                .post(claim + "/verdict", "rating", "ACCURATE", "explanation", "As the report says.");
        assertThat(readersEtag(claim)).as("after a draft").isEqualTo(before);
        publishAsRead(EditorSession.editor(mvc, "bob"), claim);
        assertThat(readersEtag(claim)).as("after publishing").isNotEqualTo(before);
    }

    private String readersEtag(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    /** Publishes as the claim page's form does: naming the draft as this editor read it. */
    private static org.springframework.mock.web.MockHttpServletResponse publishAsRead(
            EditorSession who, String claim, String... more) throws Exception {
        List<String> fields = publishForm(who.page(claim));
        fields.addAll(List.of(more));
        return who.post(claim + "/verdict/publish", fields.toArray(String[]::new));
    }

    /** The publish form's fields as the page filled them in: the draft as it was read. */
    private static List<String> publishForm(Document page) {
        List<String> fields = new java.util.ArrayList<>();
        for (String name : List.of("draftVersion", "readRating", "readExplanation")) {
            fields.add(name);
            fields.add(page.select("#verdict form input[name=" + name + "]").val());
        }
        return fields;
    }
}
