package org.claimtrail.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.claimtrail.testapp.Seeds;
import org.junit.jupiter.api.Test;

class FormsTest {

    /** What browsers drop from addresses or read as a slash, and what hides in them. */
    private static final List<String> TRICKS = List.of(
            "\t", "\n", "\r", " ", "\u000B", "\f", "\u0000", "\u001F", "\u007F", "\u0085", "\u00A0", "\u1680", "\u2000",
            "\u2007", "\u200A", "\u200B", "\u200C", "\u200D", "\u2028", "\u2029", "\u202F", "\u205F", "\u2060",
            "\u3000", "\uFEFF", "\\", "\u180E", "\u061C");

    @Test
    void tagsAreLowerCaseDashedAndUnique() {
        assertThat(Forms.tags(" Starlink Taiwan, national security,,Starlink-Taiwan, Überwachung "))
                .containsExactly("starlink-taiwan", "national-security", "überwachung");
        assertThat(Forms.tags(null)).isEmpty();
    }

    @Test
    void onlyPathsOnThisSiteAreReturnAddresses() {
        assertThat(Forms.localPath("/claims/x/attributions/new", "/")).isEqualTo("/claims/x/attributions/new");
        assertThat(Forms.localPath("/claims?story=a&page=2", "/")).isEqualTo("/claims?story=a&page=2");
        assertThat(Forms.localPath("//evil.example/x", "/")).isEqualTo("/");
        assertThat(Forms.localPath("https://evil.example/x", "/")).isEqualTo("/");
        assertThat(Forms.localPath("/\\evil.example", "/")).isEqualTo("/");
        // A "redirect:" reads braces as a template variable: after a save that was a 500.
        assertThat(Forms.localPath("/claims/x/attributions/new?{source}", "/")).isEqualTo("/");
        assertThat(Forms.localPath("/claims/{x}", "/")).isEqualTo("/");
        assertThat(Forms.localPath("/a\r\nSet-Cookie: x", "/")).isEqualTo("/");
        assertThat(Forms.localPath("/\t/evil.example/", "/"))
                .as("the penetration test's example")
                .isEqualTo("/");
        assertThat(Forms.localPath(null, "/fallback")).isEqualTo("/fallback");
    }

    /**
     * Generated addresses with tabs, line breaks, invisible and odd spaces and backslashes hidden
     * anywhere: none is accepted, and nothing accepted turns into another host when a browser
     * drops tabs and line breaks and reads backslashes as slashes.
     */
    @Test
    void noWhiteSpaceControlOrInvisibleCharacterAnywhereMakesAnAddressSafe() {
        Random random = Seeds.random("FormsTest return addresses");
        List<String> parts =
                List.of("/", "//", "evil.example", "claims", "x", "?a=b", "#f", "..", ".", "%2f", "%09", "@");
        int refused = 0;
        for (int i = 0; i < 5000; i++) {
            StringBuilder path = new StringBuilder("/");
            int length = 1 + random.nextInt(6);
            boolean tricked = false;
            for (int p = 0; p < length; p++) {
                if (random.nextInt(3) == 0) {
                    path.append(TRICKS.get(random.nextInt(TRICKS.size())));
                    tricked = true;
                }
                path.append(parts.get(random.nextInt(parts.size())));
            }
            String accepted = Forms.localPath(path.toString(), null);
            if (tricked) {
                assertThat(accepted).as("«%s»", path).isNull();
                refused++;
            }
            if (accepted != null) {
                String asBrowserReadsIt = accepted.replaceAll("[\\t\\n\\r]", "").replace('\\', '/');
                assertThat(asBrowserReadsIt).as("«%s»", path).startsWith("/").doesNotStartWith("//");
            }
        }
        System.out.println("[returnTo] 5000 generated return addresses, " + refused + " with hidden characters: "
                + "all refused; none accepted points to another host");
    }

    @Test
    void blankTextIsNoText() {
        assertThat(Forms.text("  ")).isNull();
        assertThat(Forms.text(" a ")).isEqualTo("a");
    }
}
