package org.claimtrail.form;

/**
 * A form picked something by id (a story, a source, a speaker) that is gone by the time the
 * service saves: the service refuses inside its transaction, so nothing is half-saved, and the
 * form shows the message on the field that named it.
 */
public class UnknownChoice extends RuntimeException {

    private final String field;

    public UnknownChoice(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
