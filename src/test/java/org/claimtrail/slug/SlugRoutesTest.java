package org.claimtrail.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A slug never names a page of the site: every fixed segment where a slug goes (/claims/new) is
 * reserved, found from the mappings themselves, so a new route cannot be forgotten; an actor, a
 * claim or a story called "New" gets an address of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@IsolatedDatabase
class SlugRoutesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyFixedSegmentWhereASlugGoesIsReserved() {
        Set<String> fixed = new TreeSet<>();
        for (HandlerPaths.Mapping mapping : HandlerPaths.mappings(mappings)) {
            String[] segments = mapping.pattern().split("/");
            if (segments.length >= 3
                    && Set.of("claims", "actors", "stories").contains(segments[1])
                    && !segments[2].startsWith("{")) {
                fixed.add(segments[2]);
            }
        }
        assertThat(fixed).isNotEmpty();
        assertThat(Slugs.RESERVED).containsAll(fixed);
    }

    @Test
    void somethingCalledNewGetsAnAddressOfItsOwn() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        assertThat(anna.post("/actors/new", "name", "New", "kind", "ORGANISATION", "distinct", "true")
                        .getRedirectedUrl())
                .isEqualTo("/actors/new-2");
        assertThat(anna.post("/stories/new", "title", "New", "claimOrder", "EVENT_DATE")
                        .getRedirectedUrl())
                .isEqualTo("/stories/new-2");
        assertThat(EditorSession.html(
                                anna.post("/stories/new", "title", "Chosen", "slug", "new", "claimOrder", "EVENT_DATE"))
                        .select(".field-error")
                        .text())
                .contains("is a page of the site");
    }
}
