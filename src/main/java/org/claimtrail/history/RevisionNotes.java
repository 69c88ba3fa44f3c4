package org.claimtrail.history;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Says what the current transaction's revision is, for a save that makes many changes at once (a
 * spreadsheet import): the history shows the note beside the revision. The note lasts as long as
 * the transaction, so it can never stick to a later save on the same thread.
 */
public final class RevisionNotes {

    private static final ThreadLocal<String> NOTE = new ThreadLocal<>();
    private static final int LONGEST = 500;

    private RevisionNotes() {}

    /** Notes the revision of the transaction in progress; there must be one. */
    public static void note(String text) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A revision note needs the transaction whose revision it describes");
        }
        NOTE.set(text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "…" : text);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                NOTE.remove();
            }
        });
    }

    static String current() {
        return NOTE.get();
    }
}
