package org.claimtrail.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a page says about itself, trusted in order: JSON-LD, OpenGraph and article:*, then <title>. */
class PageMetadataTest {

    @Test
    void jsonLdNewsArticleWinsAndItsDateIsTheDayThePageStates() {
        PageMetadata page = PageMetadata.of("""
                <html><head><title>Site | Headline</title>
                <meta property="og:title" content="OG headline">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                  {"@type":["NewsArticle"],"headline":"  Musk and Putin\\n in contact ","datePublished":"2024-10-24T23:30:00-04:00",
                   "author":[{"@type":"Person","name":"Thomas Grove"}],"publisher":{"@type":"Organization","name":"The Wall Street Journal"}}]}
                </script></head><body></body></html>""", "https://example.org/a");

        assertThat(page)
                .isEqualTo(new PageMetadata(
                        "Musk and Putin in contact",
                        "The Wall Street Journal",
                        "Thomas Grove",
                        LocalDate.of(2024, 10, 24)));
        assertThat(page.found()).containsExactly("title", "publisher", "author", "date");
    }

    @Test
    void openGraphAndArticleTagsWhenThereIsNoJsonLdThenTheTitle() {
        PageMetadata og = PageMetadata.of("""
                <meta property="og:title" content="Kremlin denies report">
                <meta property="og:site_name" content="TASS">
                <meta property="article:published_time" content="2024-10-25">
                <meta name="author" content="Staff">""", "https://example.org/b");
        PageMetadata bare = PageMetadata.of(
                "<title> Just a title </title><script type=application/ld+json>{broken</script>",
                "https://example.org/c");

        assertThat(og)
                .isEqualTo(new PageMetadata("Kremlin denies report", "TASS", "Staff", LocalDate.of(2024, 10, 25)));
        assertThat(bare).isEqualTo(new PageMetadata("Just a title", null, null, null));
        assertThat(PageMetadata.of("<p>nothing</p>", "https://example.org/d").found())
                .isEmpty();
    }
}
