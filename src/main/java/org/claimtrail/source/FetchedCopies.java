package org.claimtrail.source;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import org.claimtrail.webpage.ReadableText;

/**
 * The text "Fill in from the page" read, kept in the editor's session until the new source is
 * saved, so that the source gets its copy from that same read, timed when it was made: a second
 * read at save time could find a page that has changed since the editor checked the details. One
 * per session, for the last address read; the form's own fields stay in the page, not here. For
 * the source form's controller: services know no sessions.
 */
final class FetchedCopies {

    private static final String SESSION_ATTRIBUTE = FetchedCopy.class.getName();

    private FetchedCopies() {}

    /**
     * Keeps the text read from {@code url}, in place of any earlier one; false for blank text,
     * which is not kept.
     */
    static boolean keep(HttpSession session, String url, String text, Instant retrievedAt) {
        String kept = ReadableText.bounded(text);
        if (kept.isEmpty()) {
            session.removeAttribute(SESSION_ATTRIBUTE);
            return false;
        }
        session.setAttribute(SESSION_ATTRIBUTE, new FetchedCopy(url, kept, retrievedAt));
        return true;
    }

    /** The text read from {@code url}, taken out of the session; empty if the last read was of another address. */
    static Optional<FetchedCopy> take(HttpSession session, String url) {
        if (session == null || url == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof FetchedCopy copy)) {
            return Optional.empty();
        }
        if (!copy.url().equals(url)) {
            return Optional.empty();
        }
        session.removeAttribute(SESSION_ATTRIBUTE);
        return Optional.of(copy);
    }
}
