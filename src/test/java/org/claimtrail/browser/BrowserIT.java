package org.claimtrail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtrail.testapp.LocalPages;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.Seeds;
import org.claimtrail.testapp.SitePages;
import org.claimtrail.testapp.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

/**
 * What a person sees, in a real browser: the reading path, an editor's whole round trip done
 * with the keyboard alone, axe-core on every main page and form, and screenshots of the main
 * pages in target/screenshots (the README's come from there).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";
    /** The new-source page has two forms: "fill in from a link" first, then the source itself. */
    private static final String SAVE_SOURCE = "main form[method=post]:not(.fetch-form) button[type=submit]";

    /** The admin's password: the keyboard test of the password form changes it. */
    static String adminPassword = RunningApp.ADMIN_PASSWORD;

    static ScratchPostgres postgres;
    static RunningApp app;
    static Chromium browser;
    /** The site's pages and forms, found from its handler mappings once the test data is in. */
    static List<SitePages.Page> site;

    @BeforeAll
    static void start() throws Exception {
        String missing = Chromium.missing();
        Assumptions.assumeTrue(missing == null, "Browser tests skipped: " + missing);
        postgres = ScratchPostgres.start("browser");
        Map<String, Object> properties = new java.util.HashMap<>(postgres.datasourceProperties());
        // The source form reads a page this test serves on 127.0.0.1.
        properties.put("claimtrail.source-fetch.allow-private-addresses", "true");
        app = RunningApp.start(properties);
        // What an upgrade leaves for an admin, so /admin/upgrade is seen with an item of each kind.
        postgres.jdbc().update("""
                insert into seed_correction (migration, fix, table_name, row_id, column_name, seed_value, new_value,
                                             outcome, found_value, row_found, claim_id, subject, reason)
                values ('V18', 'browser check', 'claim', 1, 'statement', 'The seed''s words.', 'The correction''s words.',
                        'SKIPPED', 'An editor''s words.', true, 1, 'Claim statement', 'A correction an editor''s change kept out.')""");
        // Withdrawn items, so every walk sees how they are marked (a faded link was 3.3:1): a claim on
        // the lists and the story, and an attribution on the claim page the walks open.
        postgres.jdbc().update("""
                update claim set withdrawn_at = now(), withdrawn_reason = 'Withdrawn for the browser checks.'
                where slug = 'starlink-still-unavailable-in-taiwan'""");
        postgres.jdbc().update("""
                update attribution set withdrawn_at = now(), withdrawn_reason = 'Withdrawn for the browser checks.'
                where claim_id = (select id from claim where slug = 'musk-holds-a-security-clearance') and stance = 'DECLINES_TO_COMMENT'""");
        // A story whose title and a claim that a spreadsheet would take for formulas, for TimelineJS.
        postgres.jdbc().update("insert into story (slug, title) values ('formula-like', '=SUM(1,2) as a story title')");
        postgres.jdbc().update("""
                insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest, topics)
                values ((select id from story where slug = 'formula-like'), 'minus-two', '-2 is the answer', 'REPORTED',
                        '2020', date '2020-01-01', date '2020-12-31', '{=sum}')""");
        // A topic that TimelineJS, reading its band's label twice, would run as markup if escaped once.
        postgres.jdbc().update("""
                insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest, topics)
                values ((select id from story where slug = 'formula-like'), 'markup-topic', 'A claim & its topic', 'REPORTED',
                        '2020-39', date '2020-09-01', date '2020-12-31', '{"<img src=x onerror=window.pwned=1>"}')""");
        postgres.jdbc().update("""
                insert into source (kind, title, url) values
                ('NEWS_REPORT', 'A report entered twice, once', 'https://www.example.org/a-report/'),
                ('NEWS_REPORT', 'A report entered twice, twice', 'https://example.org/a-report?fbclid=shared')""");
        WebSession admin = new WebSession(app.baseUrl());
        admin.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        site = SitePages.of(app, admin);
        System.out.println("[browser] from the handler mappings: "
                + readingPages().size() + " reading pages, " + formPages().size() + " form pages");
        browser = new Chromium(app.baseUrl());
        System.out.println("[browser] " + browser.driver.getCapabilities().getBrowserName() + " "
                + browser.driver.getCapabilities().getBrowserVersion() + " headless against " + app.baseUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aVisitorGoesFromTheStoryToAClaimToItsSource() {
        browser.open("/");
        assertThat(browser.find("main h1").getText()).isNotBlank();
        browser.screenshot("story");

        WebElement claimLink = browser.find("main a[href^='/claims/']");
        String statement = claimLink.getText();
        claimLink.click();
        assertThat(browser.path()).startsWith("/claims/");
        assertThat(browser.find("main h1").getText()).isEqualTo(statement);
        browser.screenshot("claim");

        WebElement sourceLink = browser.find("main .attribution a[href^='/sources/']");
        String sourceTitle = sourceLink.getText();
        sourceLink.click();
        assertThat(browser.path()).matches("/sources/\\d+");
        assertThat(browser.find("main h1").getText()).isEqualTo(sourceTitle);
        browser.screenshot("source");
        System.out.println("[browser] visitor: story → claim \"" + statement + "\" → source \"" + sourceTitle + "\"");
    }

    @Test
    @Order(2)
    void anEditorDoesTheWholeRoundTripWithTheKeyboardAlone() throws Exception {
        String title = "Keyboard-added wire report " + Instant.now().toEpochMilli();
        String quote = "We have no comment on private conversations, typed by keyboard.";

        browser.open("/");
        browser.pressEnterOn("a[href='/login']");
        signInByKeyboard();
        assertThat(browser.find("header nav").getText()).contains(RunningApp.ADMIN);

        browser.open("/sources/new");
        browser.choose("#kind", "Wire");
        browser.type("#title", title);
        browser.type("#url", "https://example.org/wire/" + Instant.now().toEpochMilli());
        browser.type("#published", "2024-10-28");
        browser.pressEnterOn(SAVE_SOURCE);
        assertThat(browser.find(".flash").getText()).isEqualTo("Source added.");
        assertThat(browser.find("main h1").getText()).isEqualTo(title);

        browser.open(CLAIM);
        browser.pressEnterOn("a[href='" + CLAIM + "/attributions/new']");
        // The pickers by keyboard: part of a name in each box, Enter, and the one match of each is chosen.
        browser.type("#sourceFind", title.substring("Keyboard-added ".length()));
        browser.type("#speakerFind", "the kremlin");
        browser.pressEnterOn("main form[method=post] button[type=submit]");
        assertThat(browser.find("label:has(input[name=sourceId]:checked)").getText())
                .isEqualTo(title);
        assertThat(browser.find("label:has(input[name=speakerId]:checked)").getText())
                .isEqualTo("The Kremlin");
        browser.choose("#stance", "declines");
        browser.type("#quote", quote);
        browser.pressEnterOn("main form[method=post] .form-buttons button[type=submit]");
        assertThat(browser.path())
                .as("saved, not shown again with: "
                        + browser.all(".field-error, .form-errors").stream()
                                .map(WebElement::getText)
                                .toList())
                .isEqualTo(CLAIM);
        assertThat(browser.find(".flash").getText()).isEqualTo("Attribution added.");
        assertThat(browser.all(".source-wording .narration").stream().map(WebElement::getText))
                .as("the source's wording, not set as the Kremlin's quotation")
                .contains(quote);

        browser.pressEnterOn("a[href='" + CLAIM + "/history']");
        assertThat(browser.find("main").getText()).contains(quote).contains(RunningApp.ADMIN);
        browser.screenshot("history");

        browser.open("/timeline");
        browser.pressEnterToStay("details.timeline-filters summary");
        browser.type("#actor", "kremlin");
        browser.pressEnterOn("details.timeline-filters form button[type=submit]");
        assertThat(browser.path()).contains("actor=kremlin");
        assertThat(browser.find("main").getText()).contains(title);
        int entriesShown = browser.all("li.timeline-entry").size();
        browser.screenshot("timeline-filtered");

        browser.pressEnterToStay("a.csv-download");
        List<CSVRecord> rows = downloadedCsv();
        assertThat(rows).isNotEmpty();
        assertThat(rows).anyMatch(row -> row.toMap().values().stream().anyMatch(cell -> cell.contains(title)));
        assertThat(rows)
                .as("the download holds the filtered timeline, not all of it")
                .hasSize(entriesShown);

        browser.pressEnterOn("header form[action='/logout'] button");
        assertThat(browser.find("main").getText()).contains("You are signed out.");
        browser.open(CLAIM);
        assertThat(browser.all("a[href$='/edit']")).isEmpty();
        System.out.println("[browser] editor by keyboard: signed in, added source, attributed a quote, saw it on the "
                + "claim page and in the history, filtered the timeline, downloaded " + rows.size()
                + " CSV rows (checked), signed out");
    }

    @Test
    @Order(3)
    void mainPagesAndFormsHaveNoSeriousOrCriticalAccessibilityViolations() throws Exception {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String path : sample("light axe reading pages", readingPages())) {
            browser.open(path);
            violations.put(path, browser.seriousAccessibilityViolations());
        }
        browser.open("/login");
        signInByKeyboard();
        for (String path : sample("light axe forms", signedInPages())) {
            browser.open(path);
            violations.put(path, browser.seriousAccessibilityViolations());
        }
        browser.open("/sources/new");
        browser.pressEnterOn(SAVE_SOURCE);
        violations.put("/sources/new (with errors)", browser.seriousAccessibilityViolations());
        signOut();

        violations.forEach((path, found) -> System.out.println(
                "[axe] " + path + ": " + found.size() + " serious/critical" + (found.isEmpty() ? "" : " " + found)));
        assertThat(violations)
                .allSatisfy((path, found) -> assertThat(found).as(path).isEmpty());
    }

    @Test
    @Order(4)
    void everyControlOfEveryFormIsReachedByTheTabKey() throws Exception {
        browser.open("/login");
        assertReachable("/login");
        signInByKeyboard();
        int controls = 0;
        List<String> forms = sample("Tab order", formPages());
        for (String path : forms) {
            browser.open(path);
            controls += assertReachable(path);
        }
        browser.open("/timeline");
        controls += assertReachable("/timeline");
        signOut();
        System.out.println("[browser] keyboard: " + controls + " controls on " + (forms.size() + 2)
                + " forms, every one reached with Tab");
    }

    @Test
    @Order(5)
    void screenshotsOfTheMainPages() {
        browser.open("/claims?q=starlink");
        browser.screenshot("search");
        browser.open("/timeline");
        browser.screenshot("timeline");
        browser.open(CLAIM);
        browser.screenshot("claim");
        try (Stream<Path> shots = Files.list(Chromium.SCREENSHOTS)) {
            List<String> names =
                    shots.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).contains("story.png", "claim.png", "timeline.png", "search.png");
            System.out.println("[browser] screenshots in " + Chromium.SCREENSHOTS + ": " + names);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The forms the round trip above does not submit, each filled and sent with the keyboard
     * alone: Tab to a control, type or use the arrow keys, Tab to the button, Enter.
     */
    @Test
    @Order(6)
    void everyOtherFormIsFilledAndSentWithTheKeyboardAlone() {
        browser.open("/login");
        signInByKeyboard();
        String claimSlug = "a-claim-entered-by-keyboard-only";
        List<String> sent = new ArrayList<>();

        sent.add(submit(
                "/actors/new",
                () -> {
                    browser.chooseNextOption("#kind");
                    browser.type("#name", "Keyboard Person");
                },
                "Actor Keyboard Person added."));
        sent.add(submit(
                "/actors/elon-musk/edit", () -> browser.type("#description", "Edited by keyboard. "), "Actor saved."));
        sent.add(submit(
                "/claims/new",
                () -> browser.type("#statement", "A claim entered by keyboard only."),
                "Claim added. Now attribute it to a source."));
        assertThat(browser.path()).isEqualTo("/claims/" + claimSlug);
        sent.add(submit(
                "/claims/" + claimSlug + "/edit", () -> browser.type("#statement", "Reworded: "), "Claim saved."));
        sent.add(submit(
                "/attributions/1/edit", () -> browser.type("#quote", "Edited by keyboard: "), "Attribution saved."));
        sent.add(submit(
                CLAIM + "/links/new",
                () -> {
                    browser.chooseNextOption("#type");
                    browser.chooseNextOption("#targetId");
                    browser.type("#note", "Linked by keyboard");
                },
                "Link added."));
        sent.add(submit(
                "/attributions/2/withdraw",
                () -> browser.type("#reason", "Withdrawn by keyboard"),
                "Attribution withdrawn. It no longer counts in the sourcing summary."));
        sent.add(submit(
                "/claims/" + claimSlug + "/withdraw",
                () -> browser.type("#reason", "Withdrawn by keyboard"),
                "Claim withdrawn. It stays visible, marked as withdrawn."));
        sent.add(submit(
                "/admin/accounts",
                () -> {
                    browser.type("#username", "keyboard-editor");
                    browser.type("#password", "a long keyboard password");
                },
                "Account keyboard-editor created."));
        sent.add(submit(
                "/claims/" + claimSlug + "/delete",
                () -> {},
                "Claim deleted. Its history remains at /claims/" + claimSlug + "/history."));
        sent.add(submit(
                "/account/password",
                () -> {
                    browser.type("#currentPassword", adminPassword);
                    browser.type("#newPassword", "another long passphrase");
                    browser.type("#repeatPassword", "another long passphrase");
                },
                "Your password has been changed. Your other sign-ins have ended."));
        adminPassword = "another long passphrase";
        System.out.println("[browser] keyboard only: " + sent.size() + " more forms filled and sent: " + sent);
    }

    /**
     * A desk's day, as issue 14 asks: a story started in the app, a claim about two actors, a source
     * filled in from a link (a page this test serves), an attribution dated as people write dates,
     * and the CSV with the columns a desk wants.
     */
    @Test
    @Order(7)
    void aDeskStartsAStoryAndTracksAClaimFromALinkToTheSpreadsheet() throws Exception {
        LocalPages page = LocalPages.start().html("/world/probe", """
                <!DOCTYPE html><html><head><title>Probe | Example Wire</title>
                <meta property="og:title" content="Regulators open probe into launch contracts">
                <meta property="og:site_name" content="Example Wire">
                <meta property="article:published_time" content="2024-10-26T07:30:00Z">
                </head><body><p>…</p></body></html>""");
        try {
            browser.open("/login");
            signInByKeyboard();
            String storyTitle = "Launch contracts under review " + Instant.now().toEpochMilli();

            browser.open("/stories/new");
            browser.type("#title", storyTitle);
            browser.type("#summary", "Who reviews SpaceX's launch contracts, and what they say.");
            browser.pressEnterOn("main form[method=post] button[type=submit]");
            assertThat(browser.find(".flash").getText()).isEqualTo("Story added. Now add its first claim.");
            assertThat(browser.find("main h1").getText()).isEqualTo(storyTitle);
            String story = browser.path();

            browser.pressEnterOn("main a[href^='/claims/new?storyId=']");
            browser.type("#statement", "Regulators are reviewing SpaceX launch contracts.");
            browser.type("#subjects0", "Elon Musk");
            browser.type("#subjects1", "spacex");
            browser.type("#event", "late 2024");
            browser.pressEnterOn("main form[method=post] button[type=submit]");
            assertThat(browser.find(".flash").getText()).isEqualTo("Claim added. Now attribute it to a source.");
            String claim = browser.path();
            assertThat(browser.find("main .facts").getText())
                    .contains("Elon Musk, SpaceX")
                    .contains("late 2024");

            browser.pressEnterOn("a[href='" + claim + "/attributions/new']");
            // The attribution typed first, then the source found missing: nothing typed is lost on the way.
            browser.choose("#stance", "asserts");
            browser.type("#speakerDescription", "two officials familiar with the review");
            browser.type("#quote", "The review covers every launch contract.");
            browser.type("#stated", "26 October 2024");
            browser.pressEnterOn("main form[method=post] button[name=add][value=source]");
            String link = page.url("/world/probe?utm_source=newsletter");
            browser.type("#fetch-url", link);
            browser.pressEnterOn("form.fetch-form button[type=submit]");
            assertThat(browser.find(".fetch-form .flash").getText())
                    .startsWith("Filled in from the page: title, publisher, date.");
            assertThat(browser.find("#title").getDomProperty("value"))
                    .isEqualTo("Regulators open probe into launch contracts");
            assertThat(browser.find("#published").getDomProperty("value")).isEqualTo("2024-10-26");
            browser.pressEnterOn(SAVE_SOURCE);
            assertThat(browser.path())
                    .as("back to the attribution, the new source picked")
                    .startsWith(claim + "/attributions/new?");
            assertThat(browser.find("label:has(input[name=sourceId]:checked)").getText())
                    .startsWith("Regulators open probe into launch contracts");
            assertThat(browser.find("#stance option:checked").getText()).isEqualTo("asserts");
            assertThat(browser.find("#speakerDescription").getDomProperty("value"))
                    .isEqualTo("two officials familiar with the review");
            assertThat(browser.find("#quote").getDomProperty("value"))
                    .isEqualTo("The review covers every launch contract.");
            assertThat(browser.find("#stated").getDomProperty("value")).isEqualTo("26 October 2024");
            browser.pressEnterOn("main form[method=post] button[type=submit]");
            assertThat(browser.path())
                    .as("saved, not shown again with: "
                            + browser.all(".field-error, .form-errors").stream()
                                    .map(WebElement::getText)
                                    .toList())
                    .isEqualTo(claim);
            assertThat(browser.find("main .attribution").getText())
                    .contains("two officials familiar with the review")
                    .contains(
                            "Anonymous assert in Regulators open probe into launch contracts (Example Wire), 26 October 2024");

            browser.open("/timeline?story=" + story.substring("/stories/".length()));
            try (Stream<Path> old = Files.list(browser.downloads)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            browser.pressEnterToStay("a.csv-download");
            List<CSVRecord> rows = downloadedCsv();
            CSVRecord statement = rows.stream()
                    .filter(r -> r.get("kind").equals("Statement"))
                    .findFirst()
                    .orElseThrow();
            assertThat(statement.toMap())
                    .containsEntry("stance", "assert")
                    .containsEntry("anonymous", "yes")
                    .containsEntry("quote", "The review covers every launch contract.")
                    .containsEntry("whose_words", "the source's wording")
                    .containsEntry("publisher", "Example Wire")
                    .containsEntry("source_earliest", "2024-10-26")
                    .containsEntry("earliest", "2024-10-26")
                    .containsEntry("claim_status", "Reported")
                    .containsEntry("story", storyTitle);
            assertThat(rows).anySatisfy(r -> assertThat(r.get("date_label")).isEqualTo("late 2024"));
            signOut();
            System.out.println("[browser] desk: story, claim about two actors, source from a link (title and date "
                    + "filled in), attribution dated “26 October 2024”, CSV with " + statement.size() + " columns");
        } finally {
            page.close();
        }
    }

    /** Every page type on a 360 px phone, signed out and in: nothing scrolls sideways, and the menu opens without JavaScript. */
    @Test
    @Order(8)
    void onA360PixelPhoneNoPageScrollsSidewaysAndTheMenuLeadsToSearchAndSignIn() throws Exception {
        browser.phone(360);
        try {
            signOutIfSignedIn();
            Map<String, Long> overflow = new LinkedHashMap<>();
            List<String> reading = sample("360 px reading pages", readingPages());
            for (String path : reading) {
                browser.open(path);
                overflow.put(path, browser.horizontalOverflow());
            }
            browser.open("/");
            assertThat(browser.find("#site-menu").isDisplayed())
                    .as("the menu is folded")
                    .isFalse();
            browser.tabTo(browser.find("#menu-toggle"));
            new org.openqa.selenium.interactions.Actions(browser.driver)
                    .sendKeys(org.openqa.selenium.Keys.SPACE)
                    .perform();
            assertThat(browser.find("#site-menu").isDisplayed())
                    .as("Space on Menu unfolds it")
                    .isTrue();
            browser.type("header input[name=q]", "starlink");
            browser.pressEnterOn("header input[name=q]");
            assertThat(browser.path()).isEqualTo("/claims?q=starlink");
            browser.find("label.menu-button").click();
            browser.pressEnterOn("header a[href='/login']");
            assertThat(browser.path()).isEqualTo("/login");
            signInByKeyboard();
            assertThat(browser.all("header form[action='/logout']"))
                    .as("signed in")
                    .isNotEmpty();
            for (String path : reading) {
                browser.open(path);
                overflow.put(path + " (signed in)", browser.horizontalOverflow());
            }
            for (String path : sample("360 px forms", signedInPages())) {
                browser.open(path);
                overflow.put(path + " (signed in)", browser.horizontalOverflow());
            }
            browser.open("/");
            browser.find("label.menu-button").click();
            signOut();
            System.out.println("[browser] 360 px: " + overflow.size() + " pages, widest overflow "
                    + overflow.values().stream()
                            .mapToLong(Long::longValue)
                            .max()
                            .orElse(0) + " px");
            assertThat(overflow)
                    .allSatisfy((path, pixels) ->
                            assertThat(pixels).as(path + " scrolls sideways").isZero());
        } finally {
            browser.desktop();
        }
    }

    /** axe in dark mode at both widths, and in light mode on a phone (light at desktop width is {@link #mainPagesAndFormsHaveNoSeriousOrCriticalAccessibilityViolations}). */
    @Test
    @Order(9)
    void darkModeAndPhoneWidthsHaveNoSeriousOrCriticalAccessibilityViolations() throws Exception {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        List<String> pages = sample("dark and phone axe", readingPages());
        try {
            for (String scheme : List.of("dark", "light")) {
                browser.colourScheme(scheme);
                for (int width : scheme.equals("dark") ? new int[] {0, 360} : new int[] {360}) {
                    if (width > 0) {
                        browser.phone(width);
                    } else {
                        browser.desktop();
                    }
                    for (String path : pages) {
                        browser.open(path);
                        violations.put(
                                scheme + " " + (width == 0 ? "desktop" : width + " px") + " " + path,
                                browser.seriousAccessibilityViolations());
                    }
                }
            }
        } finally {
            browser.desktop();
            browser.colourScheme("light");
        }
        violations.forEach((path, found) -> System.out.println(
                "[axe] " + path + ": " + found.size() + " serious/critical" + (found.isEmpty() ? "" : " " + found)));
        assertThat(violations)
                .allSatisfy((path, found) -> assertThat(found).as(path).isEmpty());
    }

    /** The Nu HTML checker finds no error on any page type, as sent to readers and to a signed-in editor. */
    @Test
    @Order(10)
    void everyPageTypeIsValidHtml() throws Exception {
        HtmlChecker checker = new HtmlChecker(app.baseUrl());
        for (String path : readingPages()) {
            checker.fetch(path, "");
        }
        signOutIfSignedIn();
        browser.open("/login");
        signInByKeyboard();
        assertThat(browser.all("header form[action='/logout']")).as("signed in").isNotEmpty();
        String cookies = browser.cookieHeader();
        for (String path : readingPages()) {
            checker.fetch(path, cookies);
        }
        for (String path : signedInPages()) {
            checker.fetch(path, cookies);
        }
        signOut();

        List<String> errors = checker.errors();
        System.out.println("[vnu] " + checker.pages() + " pages checked, " + errors.size() + " errors"
                + (errors.isEmpty() ? "" : ": " + errors));
        assertThat(errors).isEmpty();
    }

    /**
     * Every page a reader can open, found from the handler mappings, and the variants its plain
     * address does not show: a search, filters that match nothing, sign-in and the not-found page.
     */
    private static List<String> readingPages() {
        List<String> pages = new java.util.ArrayList<>(SitePages.readingPages(site));
        pages.addAll(List.of("/claims?q=starlink", "/timeline?from=soon&story=nothing", "/login", "/no/such/page"));
        return pages;
    }

    /**
     * TimelineJS itself (npm @knight-lab/timelinejs), embedded on a page of another site as a
     * newsroom embeds it, loads the story's export from Claimtrail (CORS) and shows what was
     * written: the formula-like title and headline as they are, without the spreadsheet guard.
     */
    @Test
    @Order(11)
    void timelineJsOnAnotherSiteLoadsTheExportAndShowsItAsWritten() throws Exception {
        Map<?, ?> shown = shownByTimelineJs("story=formula-like&layout=timelinejs&group=topic");
        assertThat((List<String>) shown.get("headlines"))
                .contains("=SUM(1,2) as a story title", "-2 is the answer", "A claim & its topic")
                .noneMatch(headline -> headline.startsWith("'") || headline.startsWith("&"));
        assertThat((List<String>) shown.get("groups"))
                .contains("=sum")
                .as("a band's label shows its markup as text, and runs none")
                .contains("<img src=x onerror=window.pwned=1>");
        assertThat(shown.get("pwned")).isNull();
    }

    /**
     * The seed story in the real TimelineJS (issue 26): no character reference shows, only Musk's own
     * words are set as a quotation (the report's narration is its wording, in the text), a relay says
     * whose sourcing it repeats, and late 2023 is shown as late 2023.
     */
    @Test
    @Order(11)
    void timelineJsShowsTheSeedStoryAsItsSourcesSayIt() throws Exception {
        Map<?, ?> shown = shownByTimelineJs("story=musk-putin-contacts&layout=timelinejs");
        List<String> everything = new java.util.ArrayList<>();
        for (String part : List.of("headlines", "groups", "texts", "dates")) {
            everything.addAll((List<String>) shown.get(part));
        }
        assertThat(everything).isNotEmpty().noneMatch(text -> text.matches(".*&(#\\d+|quot|amp|lt|gt);.*"));
        assertThat((List<String>) shown.get("groups"))
                .anyMatch(group -> group.startsWith("Musk's posts did not dispute"));
        assertThat((List<String>) shown.get("quotes"))
                .isNotEmpty()
                .allSatisfy(quote ->
                        assertThat(quote).startsWith("Everyone knows that NYT is a left-wing propaganda machine"));
        assertThat((List<String>) shown.get("headlines"))
                .anyMatch(headline -> headline.endsWith("(relaying The Wall Street Journal’s sourcing)"));
        assertThat((List<String>) shown.get("texts"))
                .anyMatch(text -> text.contains("In the source’s wording, not the speaker’s own:"));
        assertThat((List<String>) shown.get("dates")).contains("late 2023");
    }

    /** What TimelineJS, embedded on another site as a newsroom embeds it, shows of an export. */
    private static Map<?, ?> shownByTimelineJs(String query) throws Exception {
        Path timelineJs = Path.of("src/test/browser/node_modules/@knight-lab/timelinejs/dist");
        String export = app.baseUrl() + "/timeline.csv?" + query;
        try (LocalPages otherSite = LocalPages.start()
                .file("/tl/timeline.js", "application/javascript", timelineJs.resolve("js/timeline.js"))
                .file("/tl/timeline.css", "text/css", timelineJs.resolve("css/timeline.css"))
                .html(
                        "/embed",
                        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A newsroom</title>"
                                + "<link rel=\"stylesheet\" href=\"/tl/timeline.css\"><script src=\"/tl/timeline.js\"></script></head>"
                                + "<body><div id=\"timeline\" style=\"width:1000px;height:650px\"></div><script>"
                                + "window.timeline = new TL.Timeline('timeline', '" + export
                                + "');</script></body></html>")) {
            browser.driver.get(otherSite.url("/embed"));
            Map<?, ?> shown = null;
            for (int tries = 0; tries < 100; tries++) {
                shown = (Map<?, ?>) browser.driver.executeScript("""
                        const texts = s => Array.from(document.querySelectorAll(s)).map(e => e.textContent.trim());
                        return {headlines: texts('.tl-slide .tl-headline'), groups: texts('.tl-timegroup-message'),
                                // Media load only near the slide shown: the quotations are read from what TimelineJS read.
                                quotes: ((window.timeline && window.timeline.config && window.timeline.config.events) || [])
                                        .filter(e => e.media && /^<blockquote/.test(e.media.url))
                                        .map(e => new DOMParser().parseFromString(e.media.url, 'text/html').body.textContent.trim()),
                                texts: texts('.tl-slide .tl-text-content'),
                                dates: texts('.tl-slide .tl-headline-date'), pwned: window.pwned,
                                message: texts('.tl-message-content, .tl-message-full').join(' ')};""");
                // Done when slides show or TimelineJS says something other than that it is still loading.
                String message = String.valueOf(shown.get("message"));
                if (!((List<?>) shown.get("headlines")).isEmpty()
                        || (!message.isBlank() && !message.contains("Loading Timeline"))) {
                    break;
                }
                Thread.sleep(100);
            }
            System.out.println("[timelinejs] " + query + " from another origin: " + shown);
            assertThat(String.valueOf(shown.get("message"))).doesNotContain("Error");
            return shown;
        }
    }

    /** Opens the form, lets {@code fill} work it by keyboard, sends it with Enter and checks the confirmation. */
    private static String submit(String path, Runnable fill, String confirmation) {
        browser.open(path);
        fill.run();
        // method=post: a page may also hold a search form pointing at the same address (the link form's "Find")
        browser.pressEnterOn("main form[method=post][action='" + path + "'] button[type=submit]");
        List<String> errors = browser.all(".field-error, .form-errors").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(errors).as(path + " sent by keyboard").isEmpty();
        assertThat(browser.find(".flash").getText()).as(path).isEqualTo(confirmation);
        return path;
    }

    /**
     * Every page at full size ({@code -Dproofs=full}, as .ci/run); at the quick size a seeded half of
     * them, a different half each run (the seed is printed, {@code -Dseed} replays it).
     */
    private static List<String> sample(String what, List<String> pages) {
        if (Proofs.full()) {
            return pages;
        }
        List<String> shuffled = new java.util.ArrayList<>(pages);
        java.util.Collections.shuffle(shuffled, Seeds.random("BrowserIT " + what));
        List<String> half = shuffled.subList(0, (pages.size() + 1) / 2);
        return pages.stream().filter(half::contains).toList();
    }

    /** Every page only the signed-in may open (forms, My desk, recent changes), from the handler mappings. */
    private static List<String> signedInPages() {
        return SitePages.signedInPages(site);
    }

    /** Every page where an editor, an admin or a signed-in user fills in a form, from the handler mappings. */
    private static List<String> formPages() {
        return SitePages.formPages(site);
    }

    @SuppressWarnings("unchecked")
    private static int assertReachable(String path) {
        List<WebElement> visited = browser.tabOrder();
        // One script for the page's controls and which of them Tab reached: asking the driver
        // control by control (shown? enabled? a radio?) cost most of this test's time.
        Map<String, Object> found = (Map<String, Object>) browser.driver.executeScript("""
                const visited = arguments[0];
                // What WebDriver calls displayed: rendered (not in a closed <details>), not hidden.
                const shown = e => !e.disabled && e.getClientRects().length > 0
                    && e.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true});
                const controls = Array.from(document.querySelectorAll('main form input:not([type=hidden]), '
                    + 'main form select, main form textarea, main form button')).filter(shown);
                // A radio group is one stop for the Tab key (the arrow keys choose within it), as in every browser.
                const isRadio = e => e.tagName === 'INPUT' && e.type === 'radio';
                const radioGroups = new Set(visited.filter(isRadio).map(e => e.name));
                const unreachable = controls.filter(c => isRadio(c) ? !radioGroups.has(c.name) : !visited.includes(c));
                return {count: controls.length, unreachable: unreachable.map(e => e.outerHTML.slice(0, 160))};
                """, visited);
        assertThat((List<String>) found.get("unreachable"))
                .as("controls on " + path + " the Tab key never reaches")
                .isEmpty();
        int controls = ((Number) found.get("count")).intValue();
        assertThat(controls).as(path + " has a form").isPositive();
        return controls;
    }

    private static void signInByKeyboard() {
        browser.type("#username", RunningApp.ADMIN);
        browser.type("#password", adminPassword);
        browser.pressEnterOn("main form button[type=submit]");
    }

    /** A test that failed half-way may have left the browser signed in; the next one starts signed out. */
    private static void signOutIfSignedIn() {
        browser.open("/");
        if (!browser.all("header form[action='/logout']").isEmpty()) {
            browser.driver.executeScript("document.querySelector(\"header form[action='/logout']\").submit()");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/login"));
        }
    }

    private static void signOut() {
        browser.pressEnterOn("header form[action='/logout'] button");
    }

    private static List<CSVRecord> downloadedCsv() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                Optional<Path> csv =
                        files.filter(p -> p.toString().endsWith(".csv")).findFirst();
                if (csv.isPresent() && Files.size(csv.get()) > 0) {
                    try (Reader reader = Files.newBufferedReader(csv.get(), StandardCharsets.UTF_8)) {
                        reader.mark(1);
                        if (reader.read() != '\uFEFF') {
                            reader.reset();
                        }
                        return CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(reader)
                                .getRecords();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No CSV arrived in " + browser.downloads + " within 30 s");
    }
}
