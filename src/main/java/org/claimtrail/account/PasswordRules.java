package org.claimtrail.account;

import java.nio.charset.StandardCharsets;

/** Long enough to resist guessing; short enough for bcrypt, which reads only 72 bytes. */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRules() {}

    /** The problem with a password, or null when it is acceptable. */
    static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (!fitsTheHash(password)) {
            return "Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " plain letters).";
        }
        return null;
    }

    /** Whether bcrypt reads all of it: a longer password would match on its first 72 bytes alone. */
    static boolean fitsTheHash(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    static void check(String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
