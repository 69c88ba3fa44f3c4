package org.claimtrail.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrail.claim.Stance;
import org.claimtrail.claim.StanceGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who says so on the seed story's first claim, as its page's section reads it from PostgreSQL (in
 * the read-only tests' shared context: no context of its own to start).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AttributionQueriesTest {

    private static final String CLAIM = "musk-and-putin-in-regular-contact-since-late-2022";

    @Autowired
    AttributionQueries attributions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClaimsGroupsHoldItsAttributionsByStanceWithEachGroupsTotal() {
        long claimId = jdbc.queryForObject("select id from claim where slug = ?", Long.class, CLAIM);

        AttributionGroups groups = attributions.groupsOf(claimId);

        assertThat(groups.shown())
                .extracting(AttributionRow::stance)
                .contains(Stance.ASSERTS, Stance.DENIES, Stance.DID_NOT_RESPOND);
        assertThat(groups.groups()).containsOnlyKeys(StanceGroup.values());
        for (StanceGroup group : StanceGroup.values()) {
            long inTheTable = jdbc.queryForObject(
                    "select count(*) from attribution where claim_id = ? and stance_group = ?",
                    Long.class,
                    claimId,
                    group.name());
            assertThat(groups.groups().get(group).total()).as(group.name()).isEqualTo(inTheTable);
            assertThat(groups.groups().get(group).first())
                    .allSatisfy(a -> assertThat(a.group()).isEqualTo(group));
        }
    }
}
