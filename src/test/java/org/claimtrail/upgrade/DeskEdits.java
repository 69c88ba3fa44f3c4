package org.claimtrail.upgrade;

import static java.util.Map.entry;
import static org.claimtrail.upgrade.EarlierReleaseDumps.ADMIN;
import static org.claimtrail.upgrade.EarlierReleaseDumps.ADMIN_PASSWORD;
import static org.claimtrail.upgrade.EarlierReleaseDumps.EDITOR;
import static org.claimtrail.upgrade.EarlierReleaseDumps.EDITOR_PASSWORD;
import static org.claimtrail.upgrade.EarlierReleaseDumps.SECOND_EDITOR;
import static org.claimtrail.upgrade.EarlierReleaseDumps.SECOND_EDITOR_PASSWORD;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a desk did with each earlier release, through its forms: the saves the upgrade tests then
 * require to survive every later release's migrations. The values are the editors' own (marked
 * "desk:" where a reader of the dump should see whose they are).
 */
final class DeskEdits {

    static final String SEED_STORY = "musk-putin-contacts";
    static final String ONE_CALL = "musk-says-he-spoke-with-putin-once-in-2021";
    static final String REGULAR_CONTACT = "musk-and-putin-in-regular-contact-since-late-2022";
    static final String TALKS_COVERED = "musk-putin-talks-covered-personal-business-and-geopolitics";
    static final String NO_RESPONSE = "musk-did-not-respond-to-requests-for-comment";
    static final String KREMLIN_ONE_CALL = "kremlin-acknowledges-one-call-before-2022";
    static final String KREMLIN_DENIES = "kremlin-denies-regular-musk-putin-communication";
    static final String SECURITY_QUESTIONS = "contacts-raise-national-security-questions";
    static final String CONTRACT = "spacex-won-classified-contract-in-2021";
    static final String TAIWAN = "putin-asked-musk-not-to-activate-starlink-over-taiwan";
    static final String LEFT_WING = "musk-calls-nyt-and-wsj-left-wing";
    static final String NOT_DISPUTED = "musk-did-not-dispute-specific-information";
    static final String TRACKED = "The tracked report: a write-up of the WSJ investigation (publisher not named)";
    static final String REUTERS_URL = "https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/";

    private DeskEdits() {}

    /**
     * Release 7fc9b01 (V1–V6): the reliability run's kind of work. Seed claims, actors, a source's
     * date and attributions' bases corrected by the desk; an independent anonymous source; the
     * seed's link from the one-call claim to the regular-contact claim replaced by the desk's own;
     * links of every type; the same Reuters article entered three times under addresses the
     * release did not fold together; a withdrawal; a new claim. With {@code conflictingLink} also
     * the DETAILS link from "did not respond" to "regular contact" on which 0dd8f84's V12 fails.
     */
    static void atRelease7fc9b01(String baseUrl, JdbcTemplate db, boolean conflictingLink) {
        DeskForms chief = DeskForms.signIn(baseUrl, ADMIN, ADMIN_PASSWORD);
        chief.save("/admin/accounts", Map.of("username", EDITOR, "password", EDITOR_PASSWORD, "role", "EDITOR"));
        chief.save(
                "/admin/accounts",
                Map.of("username", SECOND_EDITOR, "password", SECOND_EDITOR_PASSWORD, "role", "EDITOR"));
        DeskForms anna = DeskForms.signIn(baseUrl, EDITOR, EDITOR_PASSWORD);

        anna.save(
                claimEdit(ONE_CALL),
                Map.of(
                        "statement",
                        "desk: Musk said in October 2022 that he had spoken with Putin only once, around April 2021."));
        anna.save(
                claimEdit(TALKS_COVERED),
                Map.of(
                        "statement",
                        "desk: The WSJ's officials say the calls touched on personal topics, business and geopolitical tensions.",
                        "status",
                        "CONFIRMED"));
        anna.save(
                claimEdit(LEFT_WING),
                Map.of(
                        "statement",
                        "desk: Musk answered on X that the NYT is \"a left-wing propaganda machine\" and that the WSJ is "
                                + "controlled by \"the (left-wing) journalists union\", not Rupert Murdoch."));
        // Only the topics: the statement stays the seed's, so a seed correction of it still applies.
        anna.save(claimEdit(SECURITY_QUESTIONS), Map.of("topics", "national-security, analysis"));

        anna.save("/actors/wall-street-journal/edit", Map.of("description", "desk: New York daily newspaper."));
        anna.save("/actors/elon-musk/edit", Map.of("description", "desk: Businessman; runs SpaceX, Tesla and X."));
        long tracked = db.queryForObject("select id from source where title = ?", Long.class, TRACKED);
        anna.save("/sources/" + tracked + "/edit", Map.of("publishedLabel", "desk: late October 2024, undated"));
        anna.save(
                "/attributions/" + attribution(db, NO_RESPONSE, "its own reporting") + "/edit",
                Map.of("basis", "desk: the report's own statement"));
        anna.save(
                "/attributions/" + attribution(db, CONTRACT, "its own reporting") + "/edit",
                Map.of("basis", "desk: public contract records, as the report says"));

        // An independent anonymous source: Reuters' own people, relaying no one.
        anna.save("/actors/new", Map.of("name", "Reuters", "kind", "NEWS_OUTLET", "description", "desk: news agency"));
        long reuters = db.queryForObject("select id from actor where name = 'Reuters'", Long.class);
        anna.save(
                "/sources/new",
                Map.of(
                        "kind",
                        "WIRE_REPORT",
                        "title",
                        "desk: Reuters on Musk and Putin",
                        "publisherId",
                        String.valueOf(reuters),
                        "url",
                        REUTERS_URL,
                        "published",
                        "2024-10-25"));
        long reutersSource = sourceAt(db, REUTERS_URL);
        anna.save(
                claimPage(REGULAR_CONTACT) + "/attributions/new",
                Map.of(
                        "sourceId",
                        String.valueOf(reutersSource),
                        "stance",
                        "ASSERTS",
                        "speakerId",
                        "",
                        "speakerDescription",
                        "two people familiar with the calls",
                        "anonymous",
                        "true",
                        "sourceCount",
                        "2",
                        "basis",
                        "desk: familiar with the calls",
                        "quote",
                        "desk: Musk and Putin have spoken several times since late 2022, two people said.",
                        "stated",
                        "2024-10-25"));
        // The same article pasted again as people share it: without "www.", and with a tracking parameter.
        for (String variant : new String[] {
            "https://reuters.com/world/europe/musk-putin-contacts-2024-10-25",
            "https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/?fbclid=IwAR0desk"
        }) {
            anna.save(
                    "/sources/new",
                    Map.of(
                            "kind",
                            "WIRE_REPORT",
                            "title",
                            "desk: Reuters on Musk and Putin (shared link)",
                            "publisherId",
                            String.valueOf(reuters),
                            "url",
                            variant,
                            "published",
                            "2024-10-25"));
        }
        anna.save(
                claimPage(TALKS_COVERED) + "/attributions/new",
                Map.of(
                        "sourceId",
                        String.valueOf(sourceAt(db, "https://reuters.com/world/europe/musk-putin-contacts-2024-10-25")),
                        "stance",
                        "ASSERTS",
                        "speakerId",
                        "",
                        "speakerDescription",
                        "two people familiar with the calls",
                        "anonymous",
                        "true",
                        "basis",
                        "desk: familiar with the calls",
                        "quote",
                        "desk: They talked business.",
                        "stated",
                        "2024-10-25"));

        // The seed's link from the one-call claim to the regular-contact claim, replaced by the desk's own.
        long seedLink = link(db, ONE_CALL, REGULAR_CONTACT, "CONTRADICTS");
        anna.press(claimPage(ONE_CALL) + "/links/new", claimPage(ONE_CALL) + "/links/" + seedLink + "/remove");
        addLink(
                anna,
                db,
                ONE_CALL,
                REGULAR_CONTACT,
                "CONTRADICTS",
                "desk: Musk's one call in 2021 against regular contact from late 2022.");
        addLink(anna, db, KREMLIN_DENIES, KREMLIN_ONE_CALL, "SUPPORTS", "desk: the same Kremlin statement.");
        addLink(anna, db, NOT_DISPUTED, REGULAR_CONTACT, "RESPONDS_TO", "desk: about the same report.");
        addLink(anna, db, TAIWAN, REGULAR_CONTACT, "DETAILS", "desk: one of the reported conversations.");
        if (conflictingLink) {
            addLink(anna, db, NO_RESPONSE, REGULAR_CONTACT, "DETAILS", "desk: Musk's silence is part of the report.");
        }

        anna.save(
                "/attributions/" + attribution(db, NO_RESPONSE, "its own requests for comment") + "/withdraw",
                Map.of("reason", "desk: the WSJ's article was not retrieved."));
        anna.save(
                "/claims/new",
                Map.ofEntries(
                        entry("storyId", storyId(db)),
                        entry(
                                "statement",
                                "desk: Reuters reports that Musk and Putin have spoken several times since late 2022."),
                        entry("status", "REPORTED"),
                        entry("event", "2022-39/2024-10"),
                        entry("eventLabel", "since late 2022"),
                        entry("topics", "musk-putin-contacts")));
    }

    /**
     * Release 0dd8f84 (V1–V16), on the database above after 0dd8f84 upgraded it: a new story with
     * a claim about two actors, a statement in the speaker's own words and a report that relays it,
     * a verdict drafted by one editor and published by another, a status change published as a
     * correction, a withdrawn source.
     */
    static void atRelease0dd8f84(String baseUrl, JdbcTemplate db) {
        DeskForms anna = DeskForms.signIn(baseUrl, EDITOR, EDITOR_PASSWORD);
        DeskForms ben = DeskForms.signIn(baseUrl, SECOND_EDITOR, SECOND_EDITOR_PASSWORD);

        anna.save(
                "/stories/new",
                Map.of(
                        "title",
                        "desk: The Kremlin's answer to the WSJ",
                        "summary",
                        "desk: what the Kremlin said, and when.",
                        "claimOrder",
                        "AS_ADDED"));
        String story = db.queryForObject(
                "select id::text from story where title = 'desk: The Kremlin''s answer to the WSJ'", String.class);
        anna.save(
                "/claims/new",
                Map.of(
                        "storyId",
                        story,
                        "statement",
                        "desk: Peskov called the WSJ report false.",
                        "status",
                        "REPORTED",
                        "event",
                        "2024-10-25",
                        "subjects",
                        "Dmitry Peskov"));
        String claim = db.queryForObject(
                "select slug from claim where statement = 'desk: Peskov called the WSJ report false.'", String.class);
        long tass =
                db.queryForObject("select id from source where url = 'https://tass.com/politics/1862383'", Long.class);
        long peskov = db.queryForObject("select id from actor where slug = 'dmitry-peskov'", Long.class);
        anna.save(
                claimPage(claim) + "/attributions/new",
                Map.of(
                        "sourceId",
                        String.valueOf(tass),
                        "stance",
                        "ASSERTS",
                        "speakerId",
                        String.valueOf(peskov),
                        "basis",
                        "desk: to reporters",
                        "quote",
                        "desk: This is not true.",
                        "wording",
                        "OWN",
                        "stated",
                        "2024-10-25"));
        long own = db.queryForObject("select id from attribution where quote = 'desk: This is not true.'", Long.class);
        long tracked = db.queryForObject("select id from source where title like 'The tracked report%'", Long.class);
        anna.save(
                claimPage(claim) + "/attributions/new",
                Map.of(
                        "sourceId",
                        String.valueOf(tracked),
                        "stance",
                        "ASSERTS",
                        "speakerId",
                        String.valueOf(peskov),
                        "basis",
                        "desk: as TASS reports",
                        "noQuote",
                        "true",
                        "relaysId",
                        String.valueOf(own),
                        "stated",
                        "2024-10-26"));

        anna.save(
                claimPage(TAIWAN) + "/verdict",
                Map.of(
                        "rating",
                        "UNPROVEN",
                        "explanation",
                        "desk: one anonymous source in one report, two in another; nobody on the record."));
        ben.press(claimPage(TAIWAN), claimPage(TAIWAN) + "/verdict/publish");
        anna.save(
                claimEdit(KREMLIN_ONE_CALL),
                Map.of(
                        "status",
                        "DISPUTED",
                        "statusReason",
                        "desk: Musk's own account differs on the date.",
                        "correction",
                        "true",
                        "correctionReason",
                        "desk: the claim was shown as merely reported."));
        long shared =
                sourceAt(db, "https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/?fbclid=IwAR0desk");
        anna.save("/sources/" + shared + "/withdraw", Map.of("reason", "desk: a shared link to the Reuters article."));
    }

    /**
     * Release 2074270 (V1–V23), on the database above after 2074270 upgraded it: the desk's own work,
     * which readers never see. An admin adds a work state and assigns a claim; its editor moves it
     * and writes a note, another editor writes and corrects one of hers; a verdict is drafted and
     * left waiting for review; two claims are moved to the desk's story and given a state at once
     * (the bulk actions).
     */
    static void atRelease2074270(String baseUrl, JdbcTemplate db) {
        DeskForms chief = DeskForms.signIn(baseUrl, ADMIN, ADMIN_PASSWORD);
        DeskForms anna = DeskForms.signIn(baseUrl, EDITOR, EDITOR_PASSWORD);
        DeskForms ben = DeskForms.signIn(baseUrl, SECOND_EDITOR, SECOND_EDITOR_PASSWORD);

        chief.save("/admin/work-states", Map.of("label", "desk: Needs a second source", "position", "25"));
        chief.save(
                claimPage(TAIWAN), claimPage(TAIWAN) + "/work", Map.of("state", "to-check", "assignee", SECOND_EDITOR));
        ben.save(
                claimPage(TAIWAN),
                claimPage(TAIWAN) + "/work",
                Map.of("state", "in-progress", "assignee", SECOND_EDITOR));
        ben.save(
                claimPage(TAIWAN),
                claimPage(TAIWAN) + "/notes",
                Map.of("body", "desk: called SpaceX's press office 14:05, no answer yet."));
        anna.save(
                claimPage(REGULAR_CONTACT),
                claimPage(REGULAR_CONTACT) + "/notes",
                Map.of("body", "desk: the Kremlin's denial is in TASS; ask for the transcript."));
        long annasNote = db.queryForObject(
                "select id from desk_note where author = ? order by id desc limit 1", Long.class, EDITOR);
        anna.save(
                "/notes/" + annasNote + "/edit",
                Map.of("body", "desk: the Kremlin's denial is in TASS and RIA; ask for the transcript."));
        anna.save(
                claimPage(REGULAR_CONTACT) + "/verdict",
                Map.of(
                        "rating",
                        "UNPROVEN",
                        "explanation",
                        "desk: anonymous officials on one side, the Kremlin on the other; nothing on the record."));

        String story = db.queryForObject(
                "select id::text from story where title = 'desk: The Kremlin''s answer to the WSJ'", String.class);
        String chosen = "/desk/bulk?claim=" + claimId(db, KREMLIN_DENIES) + "&claim=" + claimId(db, NOT_DISPUTED);
        anna.save(chosen, "/desk/bulk/story", Map.of("storyId", story));
        anna.save(chosen, "/desk/bulk/work", Map.of("state", "ready-for-review", "assignee", EDITOR));
    }

    private static void addLink(DeskForms editor, JdbcTemplate db, String from, String to, String type, String note) {
        editor.save(
                claimPage(from) + "/links/new",
                Map.of("type", type, "targetId", String.valueOf(claimId(db, to)), "note", note));
    }

    private static String claimPage(String slug) {
        return "/claims/" + slug;
    }

    private static String claimEdit(String slug) {
        return claimPage(slug) + "/edit";
    }

    private static long attribution(JdbcTemplate db, String claim, String basis) {
        return db.queryForObject(
                "select a.id from attribution a join claim c on c.id = a.claim_id "
                        + "where c.slug = ? and a.basis = ?",
                Long.class,
                claim,
                basis);
    }

    private static long sourceAt(JdbcTemplate db, String url) {
        return db.queryForObject("select id from source where url = ?", Long.class, url);
    }

    private static long claimId(JdbcTemplate db, String slug) {
        return db.queryForObject("select id from claim where slug = ?", Long.class, slug);
    }

    private static String storyId(JdbcTemplate db) {
        return db.queryForObject("select id::text from story where slug = ?", String.class, SEED_STORY);
    }

    private static long link(JdbcTemplate db, String from, String to, String type) {
        return db.queryForObject(
                "select l.id from claim_link l join claim f on f.id = l.from_claim_id "
                        + "join claim t on t.id = l.to_claim_id where f.slug = ? and t.slug = ? and l.type = ?",
                Long.class,
                from,
                to,
                type);
    }
}
