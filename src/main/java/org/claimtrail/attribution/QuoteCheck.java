package org.claimtrail.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.source.SourceCopy;

/**
 * A verbatim quote checked against its source's saved copy: found there (with the words around it,
 * as a W3C text-quote selector's prefix, exact text and suffix), not found, or no copy to check.
 * Case, curly or straight quotation marks, dashes and spacing do not count; an ellipsis in the
 * quote ("…", "...", "[…]") stands for words left out, so its parts are found in order.
 */
public record QuoteCheck(
        Status status, String prefix, String exact, String suffix, Instant retrievedAt, boolean pasted) {

    public enum Status {
        FOUND,
        NOT_FOUND,
        NO_COPY
    }

    /** How much of the copy around a found quote is shown: up to a sentence's end, or this many characters. */
    static final int CONTEXT = 160;

    private static final String CLOSING = "”’\"'»";

    public static QuoteCheck of(String quote, Optional<SourceCopy> copy) {
        if (quote == null || quote.isBlank() || copy.isEmpty()) {
            return new QuoteCheck(Status.NO_COPY, null, null, null, null, false);
        }
        SourceCopy saved = copy.get();
        Normalised text = Normalised.of(saved.text());
        List<String> parts = new ArrayList<>();
        for (String part : quote.split("\\[?(…|\\.\\.\\.)\\]?")) {
            String normal = Normalised.of(part).text.strip();
            if (!normal.isEmpty()) {
                parts.add(normal);
            }
        }
        int from = 0;
        int start = -1;
        int end = -1;
        for (String part : parts) {
            int at = text.text.indexOf(part, from);
            if (at < 0) {
                return new QuoteCheck(Status.NOT_FOUND, null, null, null, saved.retrievedAt(), saved.pasted());
            }
            start = start < 0 ? at : start;
            end = at + part.length();
            from = end;
        }
        if (start < 0) {
            return new QuoteCheck(Status.NO_COPY, null, null, null, null, false);
        }
        String original = saved.text();
        int exactStart = text.original[start];
        int exactEnd = text.original[end - 1] + 1;
        return new QuoteCheck(
                Status.FOUND,
                before(original, exactStart),
                original.substring(exactStart, exactEnd),
                after(original, exactEnd),
                saved.retrievedAt(),
                saved.pasted());
    }

    public boolean found() {
        return status == Status.FOUND;
    }

    public boolean checked() {
        return status != Status.NO_COPY;
    }

    /** The copy's words before the quote, back to the start of its sentence (or {@link #CONTEXT} characters). */
    private static String before(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        for (int i = at - 1; i > from; i--) {
            if (".!?".indexOf(text.charAt(i - 1)) >= 0 && Character.isWhitespace(text.charAt(i))) {
                from = i + 1;
                break;
            }
        }
        return text.substring(from, at);
    }

    /** The copy's words after the quote, to the end of its sentence (or {@link #CONTEXT} characters). */
    private static String after(String text, int at) {
        int end = at;
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
            // The quote ends its sentence: only the closing quotation marks are left of it.
            int to = at;
            while (to < text.length() && CLOSING.indexOf(text.charAt(to)) >= 0) {
                to++;
            }
            return text.substring(at, to);
        }
        int to = Math.min(text.length(), at + CONTEXT);
        for (int i = at; i < to; i++) {
            if (".!?".indexOf(text.charAt(i)) >= 0) {
                to = i + 1;
                break;
            }
        }
        return text.substring(at, to);
    }

    /** Text with case, quotation marks, dashes and spacing folded, and where each character came from. */
    private record Normalised(String text, int[] original) {

        static Normalised of(String raw) {
            StringBuilder folded = new StringBuilder(raw.length());
            int[] from = new int[raw.length() + 1];
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = !folded.isEmpty();
                    continue;
                }
                if (space) {
                    from[folded.length()] = i - 1;
                    folded.append(' ');
                    space = false;
                }
                from[folded.length()] = i;
                folded.append(fold(c));
            }
            return new Normalised(folded.toString(), from);
        }

        private static char fold(char c) {
            return switch (c) {
                case '‘', '’', '‚', '‛', '′', '`' -> '\'';
                case '“', '”', '„', '‟', '″', '«', '»' -> '"';
                case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
                default -> Character.toLowerCase(c);
            };
        }
    }
}
