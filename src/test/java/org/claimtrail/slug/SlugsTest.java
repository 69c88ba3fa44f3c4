package org.claimtrail.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesReadableAsciiSlugs() {
        assertThat(Slugs.of("Dmitry Peskov", 80)).isEqualTo("dmitry-peskov");
        assertThat(Slugs.of("Musk–Putin contacts: “regular”!", 80)).isEqualTo("musk-putin-contacts-regular");
        assertThat(Slugs.of("Señor Žižek", 80)).isEqualTo("senor-zizek");
        assertThat(Slugs.of("Путин", 80)).isEqualTo("item");
    }

    @Test
    void cutsLongTextAtAWordBoundary() {
        String slug = Slugs.of("Putin asked Musk not to activate Starlink over Taiwan as a favour to Xi Jinping", 40);

        assertThat(slug).hasSizeLessThanOrEqualTo(40).isEqualTo("putin-asked-musk-not-to-activate");
    }

    @Test
    void numbersTheSecondAndThirdOfAName() {
        Set<String> taken = Set.of("elon-musk", "elon-musk-2");

        assertThat(Slugs.unique("elon-musk", taken::contains)).isEqualTo("elon-musk-3");
        assertThat(Slugs.unique("xi-jinping", taken::contains)).isEqualTo("xi-jinping");
    }
}
