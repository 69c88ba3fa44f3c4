package org.claimtrail.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.claimtrail.source.SourceCopy;
import org.claimtrail.testapp.Seeds;
import org.junit.jupiter.api.Test;

/** Quotes checked against a saved copy: found with the words around them, one changed word not found. */
class QuoteCheckTest {

    private static final List<String> WORDS = List.of(
            "the",
            "Kremlin",
            "said",
            "Musk",
            "spoke",
            "with",
            "Putin",
            "regularly",
            "since",
            "late",
            "2022",
            "according",
            "to",
            "officials",
            "who",
            "asked",
            "not",
            "be",
            "named",
            "Starlink",
            "Taiwan",
            "request");

    @Test
    void everySpanOfTheCopyIsFoundAndOneChangedWordIsNot() {
        Random random = Seeds.random("QuoteCheckTest.spans");
        for (int run = 0; run < 500; run++) {
            List<String> words = new ArrayList<>();
            List<int[]> at = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 80; i++) {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                words.add(word);
                at.add(new int[] {text.length(), text.length() + word.length()});
                text.append(word).append(random.nextInt(9) == 0 ? ". " : random.nextInt(7) == 0 ? ",\n  " : " ");
            }
            SourceCopy copy = new SourceCopy(1, text.toString(), Instant.parse("2024-10-25T08:00:00Z"), "anna", false);
            int from = random.nextInt(70);
            int length = 3 + random.nextInt(8);
            String span = text.substring(at.get(from)[0], at.get(from + length - 1)[1]);
            // As an editor pastes it: other case, other spacing, the same words and punctuation.
            String quote = span.replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);

            QuoteCheck found = QuoteCheck.of(quote, Optional.of(copy));
            assertThat(found.found()).as(quote + " in " + text).isTrue();
            assertThat(found.exact()).as("the copy's own words").isEqualTo(span);

            int changedWord = from + random.nextInt(length);
            String changed = text.substring(at.get(from)[0], at.get(changedWord)[0]) + "sanctions"
                    + text.substring(at.get(changedWord)[1], at.get(from + length - 1)[1]);
            QuoteCheck notFound = QuoteCheck.of(changed, Optional.of(copy));
            assertThat(notFound.status()).as(changed + " in " + text).isEqualTo(QuoteCheck.Status.NOT_FOUND);
        }
    }

    @Test
    void quotationMarksDashesCaseAndSpacingDoNotCountAndAnEllipsisLeavesWordsOut() {
        SourceCopy copy = new SourceCopy(
                1,
                "Moscow. Peskov told reporters: \"There were no such contacts — none.\" He added that it was a fake.",
                Instant.parse("2024-10-25T08:00:00Z"),
                "anna",
                true);
        QuoteCheck check = QuoteCheck.of("“there  were no such contacts - none.”", Optional.of(copy));
        assertThat(check.found()).isTrue();
        assertThat(check.prefix()).isEqualTo("Peskov told reporters: ");
        assertThat(check.exact()).isEqualTo("\"There were no such contacts — none.\"");
        assertThat(check.suffix())
                .as("the quote ends its sentence, marks and all")
                .isEmpty();
        assertThat(QuoteCheck.of("There were no such contacts — none.", Optional.of(copy))
                        .suffix())
                .as("only the closing mark is left of its sentence")
                .isEqualTo("\"");
        assertThat(QuoteCheck.of("there were no such contacts", Optional.of(copy))
                        .suffix())
                .isEqualTo(" — none.");
        assertThat(QuoteCheck.of("There were no such contacts … it was a fake", Optional.of(copy))
                        .found())
                .isTrue();
        assertThat(QuoteCheck.of("it was a fake … There were no such contacts", Optional.of(copy))
                        .found())
                .as("the parts in their order only")
                .isFalse();
        assertThat(QuoteCheck.of("There were contacts", Optional.of(copy)).status())
                .isEqualTo(QuoteCheck.Status.NOT_FOUND);
        assertThat(QuoteCheck.of("Anything", Optional.empty()).status()).isEqualTo(QuoteCheck.Status.NO_COPY);
    }
}
