package org.claimtrail.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.claimtrail.testapp.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which names are asked about as "did you mean": case, punctuation, empty words, words before or after. */
class NameResemblanceTest {

    @ParameterizedTest(name = "“{0}” and “{1}”: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POLITICO                | Politico Europe          | true
            Kremlin                 | The Kremlin              | true
            The Wall Street Journal.| Wall Street Journal      | true
            Wall Street Journal     | WSJ                      | false
            BBC News                | BBC                      | true
            Dmitry Peskov           | Peskov                   | true
            Elon Musk               | Kimbal Musk              | false
            Le Monde                | Le Monde diplomatique    | true
            Agence France-Presse    | Agence France Presse     | true
            Reuters                 | Reuters Institute        | true
            SpaceX                  | Space X                  | true
            Pentagon                | The Pentagon Papers      | true
            TASS                    | RIA Novosti              | false
            The                     | The Times                | false
            politico.eu             | Politico Europe          | true
            www.wsj.com             | WSJ                      | true
            news.bbc.co.uk          | BBC News                 | true
            tass.ru                 | RIA Novosti              | false
            """)
    void namesResembleWhenTheirWordsDo(String one, String other, boolean resemble) {
        assertThat(NameResemblance.resemble(one, other)).isEqualTo(resemble);
        assertThat(NameResemblance.resemble(other, one)).isEqualTo(resemble);
    }

    /**
     * Generated: a name on file, written again as desks write it (another case, "The" before it,
     * a full stop or comma after it, a word such as "Europe" added at either end, accents dropped,
     * its words run together, its site's address), is offered as "did you mean"; a name whose
     * distinguishing words are all different is not.
     */
    @Test
    void aNameWrittenAnotherWayIsOfferedAndAnotherNameIsNot() {
        Random random = Seeds.random("NameResemblanceTest.variants");
        for (int i = 0; i < 2000; i++) {
            String name = name(random, FIRST_WORDS);
            String variant = variant(random, name);
            assertThat(NameResemblance.resemble(name, variant))
                    .as("“%s” written as “%s”", name, variant)
                    .isTrue();
            String other = name(random, OTHER_WORDS);
            assertThat(NameResemblance.resemble(name, other))
                    .as("“%s” and “%s”", name, other)
                    .isFalse();
        }
    }

    private static final String[] FIRST_WORDS = {
        "Politico",
        "Kremlin",
        "Reuters",
        "Tagesschau",
        "Libération",
        "Nikkei",
        "Pentagon",
        "Guardian",
        "Mediapart",
        "Interfax",
        "Süddeutsche",
        "Bellingcat"
    };
    private static final String[] MORE_WORDS = {"Daily", "Review", "Wire", "Observer", "Zeitung", "Post", "Herald"};
    private static final String[] OTHER_WORDS = {"Agence", "Kommersant", "Izvestia", "Spiegel", "Haaretz", "Dawn"};
    private static final String[] ADDED = {"Europe", "News", "Group", "Online", "International"};

    private static String name(Random random, String[] first) {
        String name = first[random.nextInt(first.length)];
        return random.nextBoolean() ? name + " " + MORE_WORDS[random.nextInt(MORE_WORDS.length)] : name;
    }

    private static String variant(Random random, String name) {
        return switch (random.nextInt(8)) {
            case 0 -> name.toUpperCase(java.util.Locale.ROOT);
            case 1 -> "The " + name.toLowerCase(java.util.Locale.ROOT);
            case 2 -> name + (random.nextBoolean() ? "." : ",");
            case 3 -> name + " " + ADDED[random.nextInt(ADDED.length)];
            case 4 -> ADDED[random.nextInt(ADDED.length)] + " " + name;
            case 5 ->
                java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
            case 6 -> name.replace(" ", "");
            default ->
                (random.nextBoolean() ? "www." : "")
                        + java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "")
                                .replace(" ", "")
                                .toLowerCase(java.util.Locale.ROOT)
                        + (random.nextBoolean() ? ".com" : ".co.uk");
        };
    }
}
