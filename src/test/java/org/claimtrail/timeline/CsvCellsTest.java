package org.claimtrail.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.claimtrail.testapp.Seeds;
import org.junit.jupiter.api.Test;

/**
 * OWASP's CSV-injection rule, including what the penetration test slipped past it: a formula sign
 * behind an invisible prefix, or in its full-width or small form.
 */
class CsvCellsTest {

    private static final List<String> SIGNS = List.of(
            "=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\uFE62", "\uFE63", "\uFE6B",
            "\u2212");
    private static final List<String> INVISIBLE = List.of(
            "", " ", "\u00A0", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u2007", "\u202F", "\u3000", "\u000B",
            "\u001F", "\u0085", "\u180E", "\n");

    @Test
    void aFormulaBehindAnyInvisiblePrefixOrInAnyWidthIsNeutralised() {
        Random random = Seeds.random("CsvCellsTest prefixes");
        int cells = 0;
        for (String sign : SIGNS) {
            for (int i = 0; i < 200; i++) {
                StringBuilder prefix = new StringBuilder();
                int length = random.nextInt(4);
                for (int p = 0; p < length; p++) {
                    prefix.append(INVISIBLE.get(random.nextInt(INVISIBLE.size())));
                }
                String cell = prefix + sign + "HYPERLINK(\"http://evil.example\")";
                assertThat(CsvCells.neutralise(cell)).as("«%s»", cell).isEqualTo("'" + cell);
                cells++;
            }
        }
        assertThat(CsvCells.neutralise("\tTabbed")).isEqualTo("'\tTabbed");
        assertThat(CsvCells.neutralise("\rReturn")).isEqualTo("'\rReturn");
        System.out.println("[csv] " + cells + " generated formula cells behind invisible prefixes: all neutralised");
    }

    @Test
    void everythingElseIsWrittenExactlyAsStored() {
        for (String text : List.of(
                "Kremlin spokesman Dmitry Peskov",
                " leading space",
                "\u200Bzero width then text",
                "2024-10-25",
                "Путин",
                "a = b",
                "50% + more",
                "",
                "\u00A0")) {
            assertThat(CsvCells.neutralise(text)).isEqualTo(text);
        }
        assertThat(CsvCells.neutralise(null)).isNull();
    }
}
