package org.claimtrail.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.claimtrail.testapp.Seeds;
import org.junit.jupiter.api.Test;

/** What is left after cleaning is legal XML 1.0, storable in PostgreSQL and no error in HTML. */
class StorableTextTest {

    /** XML 1.0's Char production, without the code points Unicode and HTML call noncharacters or controls. */
    static boolean acceptable(int c) {
        boolean xml = c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
        boolean noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFF) == 0xFFFE || (c & 0xFFFF) == 0xFFFF;
        boolean control = c >= 0x7F && c <= 0x9F;
        return xml && !noncharacter && !control;
    }

    @Test
    void theFeedBreakersOfThePenetrationTestAreRemoved() {
        assertThat(StorableText.clean("Musk\uFFFF said\uFFFE")).isEqualTo("Musk said");
        assertThat(StorableText.clean("a\uD800b\uDC00c"))
                .as("unpaired surrogates")
                .isEqualTo("abc");
        assertThat(StorableText.clean("a\uD83D\uDE00b"))
                .as("a paired surrogate is a character")
                .isEqualTo("a\uD83D\uDE00b");
        assertThat(StorableText.clean("tab\tline\r\nend\u0000\u0008\u001B\u007F\u0085\uFDD0"))
                .isEqualTo("tab\tline\r\nend");
        assertThat(StorableText.clean("\uD83F\uDFFF plane 1 noncharacter")).isEqualTo(" plane 1 noncharacter");
        assertThat(StorableText.clean(null)).isNull();
    }

    @Test
    void generatedTextComesOutAcceptableAndOrdinaryTextUntouched() {
        Random random = Seeds.random("StorableTextTest text");
        int removed = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                switch (random.nextInt(5)) {
                    case 0 -> text.append((char) random.nextInt(0x10000));
                    case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                    case 2 -> text.appendCodePoint(random.nextInt(0x110000));
                    case 3 -> text.append((char) random.nextInt(0xA0));
                    default -> text.append("Kremlin ".charAt(random.nextInt(8)));
                }
            }
            String cleaned = StorableText.clean(text.toString());
            assertThat(cleaned.codePoints().allMatch(StorableTextTest::acceptable))
                    .as("«%s»", cleaned)
                    .isTrue();
            assertThat(StorableText.clean(cleaned)).isEqualTo(cleaned);
            if (text.codePoints().allMatch(StorableTextTest::acceptable) && !hasLoneSurrogate(text)) {
                assertThat(cleaned).isEqualTo(text.toString());
            } else {
                removed++;
            }
        }
        System.out.println("[xml] 20000 generated texts, " + removed + " held unstorable characters: all cleaned");
    }

    private static boolean hasLoneSurrogate(CharSequence text) {
        return text.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }
}
