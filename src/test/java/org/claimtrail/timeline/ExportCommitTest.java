package org.claimtrail.timeline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.claimtrail.site.SiteUrl;
import org.claimtrail.story.StoryQueries;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The export's answer is committed on the request thread, before its rows stream from another.
 * Committing is when Spring Session saves a signed-in editor's session; a save from the export's
 * thread raced the request thread's own and failed one export in a thousand
 * (ConcurrentModificationException in JdbcSession.save, found by the full-size HostileInputIT).
 */
class ExportCommitTest {

    @Test
    void headersAreSetAndCommittedBeforeTheHandlerReturnsAndBeforeAnyRowIsRead() throws Exception {
        TimelineService timeline = mock(TimelineService.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        TimelineController controller = new TimelineController(
                timeline,
                mock(StoryQueries.class),
                new ExportPermits(4, 2),
                Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC),
                mock(SiteUrl.class),
                mock(org.claimtrail.actor.ActorNames.class));

        controller.csv(
                null,
                null,
                null,
                null,
                null,
                null,
                "claimtrail",
                "claim",
                "all",
                new MockHttpServletRequest(),
                response);

        InOrder order = inOrder(response);
        order.verify(response).setContentType("text/csv;charset=UTF-8");
        order.verify(response).setHeader(any(), any());
        order.verify(response).flushBuffer();
        verifyNoInteractions(timeline);
    }
}
