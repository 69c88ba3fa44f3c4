package org.claimtrail.form;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {

    @Test
    void tagsAreLowerCaseDashedAndUnique() {
        assertThat(Forms.tags(" Starlink Taiwan, national security,,Starlink-Taiwan, Überwachung "))
                .containsExactly("starlink-taiwan", "national-security", "überwachung");
        assertThat(Forms.tags(null)).isEmpty();
    }

    @Test
    void onlyPathsOnThisSiteAreReturnAddresses() {
        assertThat(Forms.localPath("/claims/x/attributions/new", "/")).isEqualTo("/claims/x/attributions/new");
        assertThat(Forms.localPath("//evil.example/x", "/")).isEqualTo("/");
        assertThat(Forms.localPath("https://evil.example/x", "/")).isEqualTo("/");
        assertThat(Forms.localPath("/\\evil.example", "/")).isEqualTo("/");
        assertThat(Forms.localPath("/a\r\nSet-Cookie: x", "/")).isEqualTo("/");
        assertThat(Forms.localPath(null, "/fallback")).isEqualTo("/fallback");
    }

    @Test
    void blankTextIsNoText() {
        assertThat(Forms.text("  ")).isNull();
        assertThat(Forms.text(" a ")).isEqualTo("a");
    }
}
