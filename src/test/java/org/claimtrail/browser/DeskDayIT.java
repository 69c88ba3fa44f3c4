package org.claimtrail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrail.scale.ScaleData;
import org.claimtrail.testapp.LocalPages;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A desk's day in headless Chromium, on an application and a database of its own (so it runs
 * beside {@link BrowserIT}, one per core, and neither's data is the other's).
 */
class DeskDayIT {

    static ScratchPostgres postgres;
    static RunningApp app;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        String missing = Chromium.missing();
        Assumptions.assumeTrue(missing == null, "Browser tests skipped: " + missing);
        postgres = ScratchPostgres.start("desk-day");
        Map<String, Object> properties = new java.util.HashMap<>(postgres.datasourceProperties());
        // The source form reads pages this test serves on 127.0.0.1.
        properties.put("claimtrail.source-fetch.allow-private-addresses", "true");
        app = RunningApp.start(properties);
        // The desk works amid the benchmark's largest newsroom: 20,000 sources, 5,000 actors.
        try (java.sql.Connection connection =
                java.sql.DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "")) {
            ScaleData.fill(connection, 25, 50, ACTORS, SOURCES, 5_000, 10_000);
        }
        browser = new Chromium(app.baseUrl());
    }

    static final int SOURCES = 20_000;
    static final int ACTORS = 5_000;

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

    /**
     * A desk's day, in the browser: the admin assigns three claims to two editors; each finds hers
     * on My desk (with what changed since she last looked), writes a note and moves the work on;
     * one drafts a verdict, the other finds it waiting on her desk and publishes it; a bulk assign
     * and a bulk state change from the claims list; a 30-row spreadsheet chosen as a CSV file, the
     * two rows the preview flagged fixed in the spreadsheet and the file chosen again, imported; the story's CSV export, uploaded as a file into a
     * new story, exports the same rows. Writes the README's screenshot of My desk.
     */
    @Test
    void aDeskRunsItsDay() throws Exception {
        WebSession admin = new WebSession(app.baseUrl());
        admin.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        for (String editor : List.of("day-anna", "day-ben")) {
            admin.post(
                    "/admin/accounts",
                    Map.of("username", editor, "password", editor + " has a long passphrase", "role", "EDITOR"));
        }
        String contract = "/claims/spacex-won-classified-contract-in-2021";
        String pentagon = "/claims/pentagon-declined-to-comment-on-clearances";
        String taiwan = "/claims/putin-asked-musk-not-to-activate-starlink-over-taiwan";

        signInAs(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        assign(contract, "To check", "day-anna");
        assign(pentagon, "To check", "day-anna");
        assign(taiwan, "To check", "day-ben");
        signOut();

        signInAs("day-anna");
        browser.open("/desk");
        assertThat(browser.find("#assigned").getText())
                .contains("SpaceX won a classified", "The Pentagon declined to comment");
        assertThat(browser.all("#changes li").stream().map(WebElement::getText).toList())
                .anySatisfy(change -> assertThat(change)
                        .startsWith(RunningApp.ADMIN + " moved the desk work to To check for day-anna"));
        browser.pressEnterOn("#assigned a[href^='" + contract + "']");
        browser.type("#note-body", "Called SpaceX's press office 14:05, no answer yet.");
        browser.pressEnterOn("form[action='" + contract + "/notes'] button[type=submit]");
        assertThat(browser.find(".flash").getText()).isEqualTo("Note added. Editors only see it.");
        assign(contract, "In progress", "day-anna");
        browser.open(contract + "/verdict");
        browser.find("input[name=rating][value=UNPROVEN]").click();
        browser.type(
                "#explanation", "One report, anonymous sources; the contract itself is on record, its terms are not.");
        browser.pressEnterOn("main form[method=post] button[type=submit]");
        assertThat(browser.find(".flash").getText())
                .isEqualTo("Verdict drafted. Another editor, or an admin, publishes it.");
        signOut();

        signInAs("day-ben");
        browser.open("/desk");
        assertThat(browser.find("#assigned").getText()).contains("Putin asked Musk");
        assertThat(browser.find("#draft-verdicts").getText()).contains("Drafted by day-anna");
        browser.screenshot("my-desk");
        browser.pressEnterOn("#draft-verdicts a[href='" + contract + "#verdict']");
        browser.pressEnterOn("form[action='" + contract + "/verdict/publish'] button[type=submit]");
        assertThat(browser.find("#verdict").getText()).contains("Unproven");

        browser.open("/claims?story=musk-putin-contacts");
        tick(contract, pentagon);
        browser.pressEnterOn("#bulk-select button[type=submit]");
        browser.choose("#bulk-state", "To check");
        browser.choose("#bulk-assignee", "day-ben");
        browser.pressEnterOn("form[action='/desk/bulk/work'] button[type=submit]");
        assertThat(browser.find(".flash").getText()).isEqualTo("2 claims now To check, assigned to day-ben.");
        browser.open("/claims?story=musk-putin-contacts");
        tick(contract, pentagon);
        browser.pressEnterOn("#bulk-select button[type=submit]");
        browser.choose("#bulk-state", "Ready for review");
        browser.choose("#bulk-assignee", "day-ben");
        browser.pressEnterOn("form[action='/desk/bulk/work'] button[type=submit]");
        browser.open("/desk/queue?state=ready-for-review");
        assertThat(browser.all(".desk-queue li")).hasSize(2);

        browser.open("/stories/new");
        browser.type("#title", "The desk's spreadsheet");
        browser.pressEnterOn("main form[method=post] button[type=submit]");
        String story = browser.path();
        browser.pressEnterOn("main a[href='" + story + "/import']");
        List<String> rows = org.claimtrail.spreadsheet.ImportFixtures.thirtyRows();
        List<String> flawed = new ArrayList<>(rows);
        flawed.set(4, flawed.get(4).replace(",denies,", ",reckons,"));
        flawed.set(20, flawed.get(20).replace(",2,verbal", ",two,verbal"));
        // The desk saves its sheet as CSV and chooses the file; fixed in the spreadsheet, it chooses it again.
        Path sheet = Files.createTempFile("desk-sheet", ".csv");
        Files.writeString(sheet, org.claimtrail.spreadsheet.ImportFixtures.sheet(flawed), StandardCharsets.UTF_8);
        browser.find("#file").sendKeys(sheet.toAbsolutePath().toString());
        browser.pressEnterOn("main form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(browser.find("#preview h2").getText()).isEqualTo("2 of 30 rows need fixing");
        assertThat(browser.all("tr.row-problem th").stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("6", "22");
        assertThat(browser.find("#sheet").getDomProperty("value"))
                .as("the file fills the box")
                .contains("reckons");
        Files.writeString(sheet, org.claimtrail.spreadsheet.ImportFixtures.sheet(rows), StandardCharsets.UTF_8);
        browser.find("#file").sendKeys(sheet.toAbsolutePath().toString());
        browser.pressEnterOn("main form[enctype='multipart/form-data'] button[type=submit]");
        Files.delete(sheet);
        assertThat(browser.find("#preview h2").getText()).startsWith("Ready: 10 claim(s), 20 attribution(s)");
        browser.pressEnterOn("form[action$='/import/confirm'] button[type=submit]");
        assertThat(browser.find(".flash").getText()).startsWith("Imported 10 claim(s), 20 attribution(s)");

        String export = admin.get("/timeline.csv?story=" + story.substring("/stories/".length()))
                .body();
        Path file = Files.createTempFile("desk-export", ".csv");
        Files.writeString(file, export, StandardCharsets.UTF_8);
        browser.open("/stories/new");
        browser.type("#title", "The desk's spreadsheet, imported again");
        browser.pressEnterOn("main form[method=post] button[type=submit]");
        String again = browser.path();
        browser.open(again + "/import");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.pressEnterOn("main form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(browser.find("#preview h2").getText())
                .startsWith("Ready: 10 claim(s), 20 attribution(s), 0 new source(s)");
        browser.pressEnterOn("form[action$='/import/confirm'] button[type=submit]");
        String reexport = admin.get("/timeline.csv?story=" + again.substring("/stories/".length()))
                .body();
        assertThat(org.claimtrail.spreadsheet.ImportFixtures.comparable(reexport))
                .containsExactlyInAnyOrderElementsOf(org.claimtrail.spreadsheet.ImportFixtures.comparable(export))
                .hasSize(30);
        Files.delete(file);
        signOut();
        System.out.println("[browser] a desk's day: 3 claims assigned to 2 editors, a note, moves, a verdict drafted"
                + " and published by another, a bulk assign and a bulk state change, 30 rows imported after 2 fixes,"
                + " the export imported again into a new story with the same rows");
    }

    /**
     * Among 20,000 sources and 5,000 actors, on a desktop and at 360 px: an editor types an
     * attribution, finds the source is not on file and adds it mid-way from its link (the page's
     * text kept as its copy), and comes back to everything typed with the new source chosen; the
     * speaker is found by three letters, "late last year" is read against the source's own date,
     * and the quote is found in the saved copy. The browser's back button from the detour finds the
     * form as typed too.
     */
    @Test
    void anEditorAddsASourceMidwayAmongTwentyThousandAndLosesNothing() throws Exception {
        String claim = "/claims/musk-holds-a-security-clearance";
        String saveSource = "main form[method=post]:not(.fetch-form) button[type=submit]";
        assertThat(postgres.jdbc().queryForObject("select count(*) from source", Integer.class))
                .isGreaterThan(SOURCES);
        LocalPages pages = LocalPages.start();
        try {
            signInAs(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            for (int width : new int[] {0, 360}) {
                String title = "Kremlin calls contacts report a fake, seen at " + width + " px";
                pages.html("/world/denial-" + width, """
                        <!DOCTYPE html><html><head><title>Denial | Example Wire</title>
                        <meta property="og:title" content="%s">
                        <meta property="article:published_time" content="2024-10-24T11:00:00Z">
                        </head><body><nav>Home Subscribe</nav><article><p>The spokesman said: “There were no such contacts.”</p>
                        <p>The talks began late last year, the report says.</p></article></body></html>""".formatted(title));
                if (width > 0) {
                    browser.phone(width);
                }
                browser.open(claim + "/attributions/new");
                browser.choose("#stance", "denies");
                browser.type("#quote", "there were no such contacts.");
                browser.type("#stated", "late last year");
                browser.type("#basis", "speaking for the Kremlin");
                browser.type("#speakerFind", "kre");
                browser.pressEnterOn("button[name=add][value=source]");
                assertThat(browser.path()).startsWith("/sources/new?returnTo=");

                browser.driver.navigate().back();
                assertThat(browser.find("#quote").getAttribute("value"))
                        .as("the back button from the detour, at " + width + " px")
                        .isEqualTo("there were no such contacts.");
                browser.driver.navigate().forward();
                assertThat(browser.path()).startsWith("/sources/new?returnTo=");

                browser.type("#fetch-url", pages.url("/world/denial-" + width));
                browser.pressEnterOn(".fetch-form button[name=fetch]");
                assertThat(browser.find(".fetch-form .flash").getText())
                        .contains("Its text is kept with the source when you save");
                browser.pressEnterOn(saveSource);

                assertThat(browser.path()).startsWith(claim + "/attributions/new?draft=");
                assertThat(browser.find("label:has(input[name=sourceId]:checked)")
                                .getText())
                        .as("the new source, chosen")
                        .startsWith(title);
                assertThat(browser.find("#stance option:checked").getText()).isEqualTo("denies");
                assertThat(browser.find("#quote").getAttribute("value")).isEqualTo("there were no such contacts.");
                assertThat(browser.find("#stated").getAttribute("value")).isEqualTo("late last year");
                assertThat(browser.find("#basis").getAttribute("value")).isEqualTo("speaking for the Kremlin");
                assertThat(browser.find("label:has(input[name=speakerId]:checked)")
                                .getText())
                        .as("three letters typed before the detour")
                        .isEqualTo("The Kremlin");

                browser.pressEnterOn("main form[method=post] button[name=check]");
                assertThat(browser.find(".date-reading").getText())
                        .isEqualTo("late last year → 2023-39, September–December 2023 (read against the source’s date, "
                                + "24 October 2024)");
                assertThat(browser.onScreen(".date-reading"))
                        .as("the form comes back where the date is, at " + width + " px")
                        .isTrue();
                assertThat(browser.find(".quote-check").getText())
                        .startsWith("Quote checked against the page as retrieved on ")
                        .contains(": found, in “The spokesman said: “There were no such contacts.”");
                assertThat(browser.horizontalOverflow())
                        .as("at " + width + " px")
                        .isZero();
                browser.pressEnterOn("main form[method=post] .form-buttons button[type=submit]");
                assertThat(browser.path()).isEqualTo(claim);
                assertThat(browser.find("main").getText())
                        .as("saved in words readers can follow")
                        .contains("late 2023");
                browser.desktop();
            }
            assertThat(postgres.jdbc()
                            .queryForObject(
                                    "select count(*) from attribution a join source s on s.id = a.source_id "
                                            + "join source_copy c on c.source_id = s.id "
                                            + "where s.title like 'Kremlin calls contacts report a fake, seen at %' "
                                            + "and a.stated_edtf = '2023-39'",
                                    Integer.class))
                    .isEqualTo(2);
            signOut();
        } finally {
            browser.desktop();
            pages.close();
        }
    }

    private static void signInAs(String editor) {
        signInAs(editor, editor + " has a long passphrase");
    }

    private static void signInAs(String username, String password) {
        browser.open("/login");
        browser.type("#username", username);
        browser.type("#password", password);
        browser.pressEnterOn("main form button[type=submit]");
    }

    private static void signOut() {
        browser.pressEnterOn("header form[action='/logout'] button");
    }

    /** The claim's Desk work form: a state and an assignee, saved. */
    private static void assign(String claim, String state, String assignee) {
        browser.open(claim);
        browser.choose("#work-state", state);
        browser.choose("#work-assignee", assignee);
        browser.pressEnterOn("form.work-form button[type=submit]");
        assertThat(browser.find(".flash").getText()).isEqualTo("Desk work saved.");
    }

    /** Ticks the claims' boxes on the claims list. */
    private static void tick(String... claims) {
        for (String claim : claims) {
            WebElement row = browser.find("main a[href='" + claim + "']")
                    .findElement(org.openqa.selenium.By.xpath("./ancestor::tr"));
            WebElement box = row.findElement(org.openqa.selenium.By.cssSelector("input[type=checkbox][name=claim]"));
            if (!box.isSelected()) {
                box.click();
            }
        }
    }
}
