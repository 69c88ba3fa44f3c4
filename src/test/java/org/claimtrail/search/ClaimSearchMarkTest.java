package org.claimtrail.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimSearchMarkTest {

    @Test
    void onlyOurOwnMarkersBecomeMarkupEverythingElseIsEscaped() {
        assertThat(ClaimSearch.mark("<b>bold</b> & \u0002Starlink\u0003 <mark>fake</mark>"))
                .isEqualTo("&lt;b&gt;bold&lt;/b&gt; &amp; <mark>Starlink</mark> &lt;mark&gt;fake&lt;/mark&gt;");
        assertThat(ClaimSearch.mark(null)).isNull();
    }
}
