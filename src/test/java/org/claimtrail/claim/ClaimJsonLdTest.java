package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimtrail.story.StoryRef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ClaimJsonLdTest {

    @Test
    void textThatWouldEndTheScriptElementIsEscapedAndStillParses() {
        ClaimView claim = new ClaimView(
                1,
                "c",
                "</script><script>alert(1)</script> & more",
                ClaimStatus.FALSE,
                "Made up <b>entirely</b>",
                null,
                List.of(),
                new StoryRef(1, "s", "Story"),
                null,
                null);
        ClaimPageView page = new ClaimPageView(claim, List.of(), SourcingSummary.NONE);

        // As a section reviews it: the claim node inside another node, with markup of its own.
        Map<String, Object> review = Map.of(
                "@type",
                "Review",
                "reviewBody",
                "Made up <b>entirely</b>",
                "itemReviewed",
                ClaimJsonLd.claimNode(page, "https://claimtrail.example"));
        String json = ClaimJsonLd.write(review);

        assertThat(json).doesNotContain("<", ">", "&");
        var tree = JsonMapper.builder().build().readTree(json);
        var claimNode = tree.get("@graph").get(0).get("itemReviewed");
        assertThat(claimNode.get("text").asString()).isEqualTo("</script><script>alert(1)</script> & more");
        assertThat(claimNode.has("author")).as("no empty author list").isFalse();
        assertThat(tree.get("@graph").get(0).get("reviewBody").asString()).isEqualTo("Made up <b>entirely</b>");
    }
}
