package org.claimtrail.date;

/** Raised for text that is not a date Claimtrail understands; the message is fit to show an editor. */
public class InvalidEdtfException extends IllegalArgumentException {

    private final String reason;

    InvalidEdtfException(String input, String reason) {
        super("\"" + (input == null ? "" : input) + "\" is not a date we can read: " + reason + ". "
                + EdtfParser.EXAMPLES);
        this.reason = reason;
    }

    /** The reason alone, without the examples. */
    public String reason() {
        return reason;
    }
}
