package org.claimtrail.claim;

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
@ControllerSliceTest(ClaimLinkController.class)
class ClaimLinkControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimService claims;

    @MockitoBean
    ClaimQueries queries;

    @Test
    void aLinkWithoutARelationShowsTheFormAgainAndLinksNothing() throws Exception {
        showsThePage();
        mvc.perform(link().param("targetId", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose how the claims relate.")));
        verify(claims, never()).link(anyString(), anyLong(), any(), any());
    }

    @Test
    void whatTheServiceRefusesIsSaidOnTheForm() throws Exception {
        showsThePage();
        Map<ClaimService.LinkResult, String> messages = Map.of(
                ClaimService.LinkResult.SELF, "A claim cannot be linked to itself.",
                ClaimService.LinkResult.ALREADY_LINKED, "These claims are already linked that way.",
                ClaimService.LinkResult.NO_SUCH_CLAIM, "That claim no longer exists; pick another.");
        for (var refusal : messages.entrySet()) {
            when(claims.link("a-claim", 2L, LinkType.CONTRADICTS, null)).thenReturn(refusal.getKey());
            mvc.perform(link().param("targetId", "2").param("type", "CONTRADICTS"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(refusal.getValue())));
        }
    }

    @Test
    void aLinkIsSavedWithItsNoteStrippedAndTheEditorReturnsToTheClaim() throws Exception {
        when(claims.link("a-claim", 2L, LinkType.SUPPORTS, "Same officials."))
                .thenReturn(ClaimService.LinkResult.LINKED);
        mvc.perform(link().param("targetId", "2").param("type", "SUPPORTS").param("note", "  Same officials. "))
                .andExpect(redirectedUrl("/claims/a-claim"));
        verify(claims).link("a-claim", 2L, LinkType.SUPPORTS, "Same officials.");
    }

    @Test
    void aBlankNoteIsSavedAsNoNote() throws Exception {
        when(claims.link(anyString(), anyLong(), any(), isNull())).thenReturn(ClaimService.LinkResult.LINKED);
        mvc.perform(link().param("targetId", "2").param("type", "DETAILS").param("note", "   "))
                .andExpect(redirectedUrl("/claims/a-claim"));
        verify(claims).link("a-claim", 2L, LinkType.DETAILS, null);
    }

    @Test
    void aClaimThatIsNotThereIsTheSites404() throws Exception {
        when(queries.loadPage("gone")).thenThrow(NotFound.claim("gone"));
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
        when(queries.loadPage("a-claim"))
                .thenReturn(new ClaimPageView(
                        claim, List.of(), SourcingSummary.NONE, Map.of(), List.of(), 0, List.of(), 0));
        when(queries.linkCandidates(any(), any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(List.of(new ClaimChoice(2, "Another claim")));
    }
}
