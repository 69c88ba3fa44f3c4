package org.claimtrail.actor;

import static org.assertj.core.api.Assertions.assertThat;

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
            """)
    void namesResembleWhenTheirWordsDo(String one, String other, boolean resemble) {
        assertThat(NameResemblance.resemble(one, other)).isEqualTo(resemble);
        assertThat(NameResemblance.resemble(other, one)).isEqualTo(resemble);
    }
}
