package org.claimtrail.claim;

import java.util.regex.Pattern;

/** What a speaker does with a claim in a source. */
public enum Stance {
    ASSERTS(StanceGroup.ASSERTS),
    CONFIRMS(StanceGroup.ASSERTS),
    DENIES(StanceGroup.DENIES),
    DISPUTES(StanceGroup.DENIES),
    DECLINES_TO_COMMENT(StanceGroup.DECLINES),
    DID_NOT_RESPOND(StanceGroup.DECLINES);

    private final StanceGroup group;

    Stance(StanceGroup group) {
        this.group = group;
    }

    /** The verb as a reader sees it, the name in words: "Dmitry Peskov declines to comment …". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * The verb agreeing with who speaks: "several officials assert", "Dmitry Peskov denies".
     * Named actors and "a person familiar …" are singular; a description that speaks of several
     * people ("people familiar …", "two officials", "sources close to …") is plural.
     */
    public String verbFor(String speakerDescription, boolean namedSpeaker) {
        if (namedSpeaker || !isPlural(speakerDescription)) {
            return label();
        }
        return switch (this) {
            case ASSERTS -> "assert";
            case CONFIRMS -> "confirm";
            case DENIES -> "deny";
            case DISPUTES -> "dispute";
            case DECLINES_TO_COMMENT -> "decline to comment";
            case DID_NOT_RESPOND -> "did not respond";
        };
    }

    private static final Pattern PLURAL = Pattern.compile(
            "^(?:the )?(?:several|many|some|multiple|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b"
                    + "|\\b(?:people|officials|sources|aides|advisers|advisors|employees|diplomats|executives)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean isPlural(String description) {
        if (description == null || description.isBlank()) {
            return false;
        }
        String text = description.strip();
        return !text.matches("(?i)^(?:a|an|one|the person|a person)\\b.*")
                && PLURAL.matcher(text).find();
    }

    /**
     * What follows the verb when a row names the claim: "denies the claim", "declines to comment on
     * the claim". The claim is the desk's statement, so a row links it after these words and never
     * puts it in quotation marks, where a reader would take it for the speaker's own words.
     */
    public String claimObject() {
        return switch (this) {
            case DECLINES_TO_COMMENT -> "on the claim";
            case DID_NOT_RESPOND -> "about the claim";
            default -> "the claim";
        };
    }

    public StanceGroup group() {
        return group;
    }
}
