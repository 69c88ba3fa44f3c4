package org.claimtrail.claim;

import org.claimtrail.source.Source;
import org.claimtrail.source.SourceKind;
import org.claimtrail.story.Story;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimJsonLdTest {

    @Test
    void textThatWouldEndTheScriptElementIsEscapedAndStillParses() {
        Claim claim = new Claim(new Story("s", "Story", null), "c", "</script><script>alert(1)</script> & more",
                ClaimStatus.FALSE, "Made up <b>entirely</b>", null);
        Attribution.of(claim, new Source(SourceKind.OTHER, "A <i>source</i>", null, null, null), Stance.ASSERTS)
                .describedAs("someone").build();

        String json = ClaimJsonLd.of(new ClaimPage(claim, List.of(), List.of()), "https://claimtrail.example");

        assertThat(json).doesNotContain("<", ">", "&");
        var tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("@graph").get(0).get("text").asString()).isEqualTo("</script><script>alert(1)</script> & more");
        assertThat(tree.get("@graph").get(1).get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
    }
}
