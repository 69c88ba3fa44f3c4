package org.claimtrail.webpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceUrlTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            HTTPS://WWW.Example.COM/Path/Case,                  https://www.example.com/Path/Case
            https://example.com,                                https://example.com/
            http://example.com:80/a,                            http://example.com/a
            https://example.com:443/a,                          https://example.com/a
            https://example.com:8443/a,                         https://example.com:8443/a
            https://example.com/a#section,                      https://example.com/a
            https://example.com/a?utm_source=x&id=7&UTM_medium=y, https://example.com/a?id=7
            '  https://example.com/a  ',                        https://example.com/a
            """)
    void normalisesOneDocumentToOneAddress(String input, String expected) {
        assertThat(SourceUrl.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://example.com/file   | http:// or https://
            javascript:alert(1)      | http:// or https://
            example.com/page         | http:// or https://
            https://                 | not a web address
            https://exa mple.com/    | not a web address
            """)
    void refusesWhatIsNotAWebAddress(String input, String message) {
        assertThatThrownBy(() -> SourceUrl.normalise(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
