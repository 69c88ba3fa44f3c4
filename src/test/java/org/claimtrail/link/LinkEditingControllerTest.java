package org.claimtrail.link;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.claimtrail.claim.ClaimChoice;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.site.NotFound;
import org.claimtrail.story.StoryRef;
import org.claimtrail.testapp.ControllerSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The link form's own rules, in an MVC slice with the services mocked: what the service answers
 * (linked, already linked, gone, itself) becomes a redirect or a message on the right field; a
 * form without a relation links nothing; the note is saved stripped, an empty one as none.
 */
@ControllerSliceTest(LinkEditingController.class)
class LinkEditingControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LinkService links;

    @MockitoBean
    LinkQueries queries;

    @MockitoBean
    ClaimQueries claims;

    @Test
    void aLinkWithoutARelationShowsTheFormAgainAndLinksNothing() throws Exception {
        showsThePage();
        mvc.perform(link().param("targetId", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose how the claims relate.")));
        verify(links, never()).link(anyString(), anyLong(), any(), any());
    }

    @Test
    void whatTheServiceRefusesIsSaidOnTheForm() throws Exception {
        showsThePage();
        Map<LinkService.LinkResult, String> messages = Map.of(
                LinkService.LinkResult.SELF, "A claim cannot be linked to itself.",
                LinkService.LinkResult.ALREADY_LINKED, "These claims are already linked that way.",
                LinkService.LinkResult.NO_SUCH_CLAIM, "That claim no longer exists; pick another.");
        for (var refusal : messages.entrySet()) {
            when(links.link("a-claim", 2L, LinkType.CONTRADICTS, null)).thenReturn(refusal.getKey());
            mvc.perform(link().param("targetId", "2").param("type", "CONTRADICTS"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(refusal.getValue())));
        }
    }

    @Test
    void aLinkIsSavedWithItsNoteStrippedAndTheEditorReturnsToTheClaim() throws Exception {
        when(links.link("a-claim", 2L, LinkType.SUPPORTS, "Same officials.")).thenReturn(LinkService.LinkResult.LINKED);
        mvc.perform(link().param("targetId", "2").param("type", "SUPPORTS").param("note", "  Same officials. "))
                .andExpect(redirectedUrl("/claims/a-claim"));
        verify(links).link("a-claim", 2L, LinkType.SUPPORTS, "Same officials.");
    }

    @Test
    void aBlankNoteIsSavedAsNoNote() throws Exception {
        when(links.link(anyString(), anyLong(), any(), isNull())).thenReturn(LinkService.LinkResult.LINKED);
        mvc.perform(link().param("targetId", "2").param("type", "DETAILS").param("note", "   "))
                .andExpect(redirectedUrl("/claims/a-claim"));
        verify(links).link("a-claim", 2L, LinkType.DETAILS, null);
    }

    @Test
    void aClaimThatIsNotThereIsTheSites404() throws Exception {
        when(claims.load("gone")).thenThrow(NotFound.claim("gone"));
        mvc.perform(post("/claims/gone/links/new")
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder link() {
        return post("/claims/a-claim/links/new")
                .with(user("anna").roles("EDITOR"))
                .with(csrf());
    }

    private void showsThePage() {
        ClaimView claim = new ClaimView(
                1,
                "a-claim",
                "A claim to link",
                ClaimStatus.REPORTED,
                null,
                null,
                List.of(),
                new StoryRef(1, "a-story", "A story"),
                null,
                null);
        when(claims.load("a-claim")).thenReturn(claim);
        when(queries.first(1)).thenReturn(new LinksView(List.of(), 0, List.of(), 0));
        when(queries.candidates(any(), any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(List.of(new ClaimChoice(2, "Another claim")));
    }
}
