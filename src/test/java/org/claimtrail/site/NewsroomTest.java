package org.claimtrail.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The newsroom's name, as configured, and the Organization that declares its standards. */
class NewsroomTest {

    @Test
    void theConfiguredNameIsTheOrganizationWithItsPublishedPolicies() {
        var organization = new Newsroom("  The Harbour Desk ").organization("https://claims.example.org");

        assertThat(organization)
                .containsEntry("@type", "Organization")
                .containsEntry("name", "The Harbour Desk")
                .containsEntry("url", "https://claims.example.org/")
                .containsEntry("publishingPrinciples", "https://claims.example.org/standards")
                .containsEntry("verificationFactCheckingPolicy", "https://claims.example.org/standards#methodology")
                .containsEntry("correctionsPolicy", "https://claims.example.org/standards#corrections")
                .containsEntry("unnamedSourcesPolicy", "https://claims.example.org/standards#anonymous-sources");
    }

    @Test
    void aNameThatIsNotOneLineStopsTheStartWithAReason() {
        for (String bad : new String[] {"", "   ", "Two\nlines", "x".repeat(Newsroom.NAME_LENGTH + 1)}) {
            assertThatThrownBy(() -> new Newsroom(bad))
                    .as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(
                            "CLAIMTRAIL_NEWSROOM_NAME (claimtrail.newsroom.name) must be the newsroom's name");
        }
    }
}
