package org.claimtrail.date;

/** Raised for text that is not a date Claimtrail understands; the message is fit to show an editor. */
public class InvalidEdtfException extends IllegalArgumentException {

    private final String reason;

    InvalidEdtfException(String input, String reason) {
        // Short, beside the field: what is wrong, and two dates that work (the field's hint lists more).
        super("“" + (input == null ? "" : input) + "”: " + reason + ". Try “26 October 2024” or “late 2022”.");
        this.reason = reason;
    }

    /** The reason alone, without the examples. */
    public String reason() {
        return reason;
    }
}
