package org.claimtrail.claim;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
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
import org.claimtrail.site.NotFound;
import org.claimtrail.story.StoryRef;
import org.claimtrail.testapp.ControllerSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The withdrawal form's own logic, in an MVC slice with the services mocked: a reason is
 * required and nothing is withdrawn without one; the reason is saved stripped; a claim that is
 * not there is the site's 404. No database, no full context: these rules live in the controller.
 */
@ControllerSliceTest(ClaimWithdrawalController.class)
class ClaimWithdrawalControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimService claims;

    @MockitoBean
    ClaimQueries queries;

    @Test
    void aWithdrawalWithoutAReasonShowsTheFormAgainAndWithdrawsNothing() throws Exception {
        when(queries.load("a-claim")).thenReturn(claim());
        mvc.perform(post("/claims/a-claim/withdraw")
                        .param("reason", "   ")
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A claim to withdraw")));
        verify(claims, never()).withdraw(anyString(), anyString());
    }

    @Test
    void theReasonIsSavedStrippedAndTheEditorReturnsToTheClaim() throws Exception {
        mvc.perform(post("/claims/a-claim/withdraw")
                        .param("reason", "  The outlet retracted it.  ")
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/claims/a-claim"));
        verify(claims).withdraw("a-claim", "The outlet retracted it.");
    }

    @Test
    void aClaimThatIsNotThereIsTheSites404() throws Exception {
        doThrow(NotFound.claim("gone")).when(claims).withdraw(any(), any());
        mvc.perform(post("/claims/gone/withdraw")
                        .param("reason", "A reason.")
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private static ClaimView claim() {
        return new ClaimView(
                1,
                "a-claim",
                "A claim to withdraw",
                ClaimStatus.REPORTED,
                null,
                null,
                List.of(),
                new StoryRef(1, "a-story", "A story"),
                null,
                null);
    }
}
