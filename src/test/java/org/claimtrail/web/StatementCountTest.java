package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testapp.RecordedSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Guards against N+1 queries: every page costs the same number of SQL statements with the seed
 * story as with many more claims, attributions, links, sources and actors behind it. "Every page"
 * is every GET mapping the application has (its sample address, opened by an admin, who may open
 * them all), so a new page is counted without anyone adding it here, and the busy variants below.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RecordedSql.class)
class StatementCountTest {

    private static final int EXTRA_CLAIMS = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageRunsAFixedNumberOfStatementsWhateverTheAmountOfData() throws Exception {
        List<String> pages = pages();
        Map<String, Long> withSeed = statementsPerPage(pages);

        addClaimsAttributionsLinksSourcesAndActors();
        Map<String, Long> withMore = statementsPerPage(pages);

        System.out.printf("[statement count] %-75s %6s %6s%n", "page", "seed", "+" + EXTRA_CLAIMS);
        withSeed.keySet()
                .forEach(page -> System.out.printf(
                        "[statement count] %-75s %6d %6d%n", page, withSeed.get(page), withMore.get(page)));
        assertThat(withMore).isEqualTo(withSeed);
        // Some pages read nothing (the API's document, the developers' page). The site-wide recent
        // changes read the most: two statements for each kind of thing that has a history.
        assertThat(withSeed.values()).allSatisfy(count -> assertThat(count).isBetween(0L, 24L));
        assertThat(withSeed.values()).filteredOn(count -> count > 0).hasSizeGreaterThan(30);
    }

    @AfterEach
    void removeExtraData() {
        jdbc.update(
                "delete from claim_link where from_claim_id in (select id from claim where slug like 'scale-test-%')");
        jdbc.update("delete from attribution where claim_id in (select id from claim where slug like 'scale-test-%')");
        jdbc.update(
                "delete from claim_subject where claim_id in (select id from claim where slug like 'scale-test-%')");
        jdbc.update("delete from claim where slug like 'scale-test-%'");
        jdbc.update("delete from source where title like 'scale-test-%'");
        jdbc.update("delete from actor where slug like 'scale-test-%'");
    }

    private List<String> pages() {
        long tass = jdbc.queryForObject("select id from source where url like 'https://tass.com/%'", Long.class);
        Set<String> pages = new LinkedHashSet<>(HandlerPaths.of(mappings, RequestMethod.GET));
        // The addresses the extra data lands behind, and filtered, searched and paged variants.
        pages.addAll(List.of(
                "/",
                "/stories/musk-putin-contacts",
                "/stories",
                "/claims",
                "/claims?sort=newest&after=20",
                "/claims?q=musk",
                "/claims?q=putin&status=REPORTED&actor=elon-musk&sort=newest",
                "/sources?q=report",
                "/actors?q=e",
                "/claims/musk-and-putin-in-regular-contact-since-late-2022",
                "/claims/musk-and-putin-in-regular-contact-since-late-2022/attributions?group=denies",
                "/claims/musk-and-putin-in-regular-contact-since-late-2022/links?direction=in",
                "/sources",
                "/sources/" + tass,
                "/actors",
                "/actors/elon-musk",
                "/actors/elon-musk/statements",
                "/actors/dmitry-peskov",
                "/actors/wall-street-journal",
                "/actors/wall-street-journal/sources",
                "/timeline",
                "/timeline?story=musk-putin-contacts&year=2022",
                "/claims/musk-and-putin-in-regular-contact-since-late-2022/history",
                "/api/claims",
                "/api/claims/musk-and-putin-in-regular-contact-since-late-2022",
                "/api/timeline",
                "/feed.atom"));
        return List.copyOf(pages);
    }

    private Map<String, Long> statementsPerPage(List<String> pages) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : pages) {
            RecordedSql.clear();
            MvcResult result = mvc.perform(get(page).with(user("root").roles("ADMIN", "EDITOR")))
                    .andReturn();
            int status = result.getResponse().getStatus();
            if (result.getRequest().isAsyncStarted()) {
                // An export streams on another thread: TimelineExportTest bounds what it reads.
                mvc.perform(asyncDispatch(result));
                continue;
            }
            if (status == 404) {
                // A sample address naming nothing in this database (no desk note 1): nothing to count.
                System.out.println("[statement count] " + page + " names nothing here (404): not counted");
                continue;
            }
            assertThat(status).as(page).isIn(200, 302, 303);
            // The request's own statements: a background task's could land in between (1 run in 6 on CI).
            counts.put(page, (long) RecordedSql.statementsOfThisThread().size());
        }
        return counts;
    }

    private void addClaimsAttributionsLinksSourcesAndActors() {
        jdbc.update("""
                insert into actor (slug, name, kind)
                select 'scale-test-actor-' || n, 'Scale test actor ' || n, 'PERSON' from generate_series(1, 20) n""");
        jdbc.update("""
                insert into source (kind, title, publisher_id, published_edtf, published_earliest, published_latest)
                select 'NEWS_REPORT', 'scale-test-source-' || n, (select id from actor where slug = 'wall-street-journal'),
                       '2024-11', date '2024-11-01', date '2024-11-30'
                from generate_series(1, 20) n""");
        jdbc.update("""
                insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest)
                select (select id from story where slug = 'musk-putin-contacts'), 'scale-test-' || n,
                       'Scale test claim ' || n, 'REPORTED', '2023', date '2023-01-01', date '2023-12-31'
                from generate_series(1, ?) n""", EXTRA_CLAIMS);
        jdbc.update("""
                insert into claim_subject (claim_id, actor_id)
                select c.id, a.id from claim c, actor a
                where c.slug like 'scale-test-%' and a.slug in ('elon-musk', 'vladimir-putin')""");
        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_id, speaker_description, anonymous, stance, quote)
                select c.id, s.id, p.id, 'Kremlin spokesman', false, 'DENIES', 'No.'
                from claim c, source s, actor p
                where c.slug like 'scale-test-%' and s.url like 'https://tass.com/%' and p.slug = 'dmitry-peskov'""");
        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_id, stance, quote)
                select c.id, s.id, m.id, 'ASSERTS', 'Yes.'
                from claim c, source s, actor m
                where c.slug like 'scale-test-%' and s.title like 'scale-test-source-%' and m.slug = 'elon-musk'
                  and right(c.slug, 1) = right(s.title, 1)""");
        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_description, anonymous, source_count, stance)
                select c.id, s.id, 'two people briefed', true, 2, 'ASSERTS'
                from claim c, source s
                where c.slug like 'scale-test-%' and s.title like 'scale-test-source-1'""");
        jdbc.update("""
                insert into claim_link (from_claim_id, to_claim_id, type)
                select c.id, t.id, 'SUPPORTS' from claim c, claim t
                where c.slug like 'scale-test-%' and t.slug = 'musk-and-putin-in-regular-contact-since-late-2022'""");
    }
}
