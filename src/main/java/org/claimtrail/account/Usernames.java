package org.claimtrail.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one canonical form of a username, used to store it, to find it at sign-in, to name its
 * sessions and to count its failed sign-ins. Names are ASCII letters, digits, dots, dashes and
 * underscores, so lower-casing is plain ASCII: no locale or Unicode case rule (such as İ, which
 * lower-cases to two characters) can make two spellings of one name.
 */
final class Usernames {

    static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    static final String RULE = "Use 3 to 60 letters, digits, dots, dashes or underscores.";

    private Usernames() {}

    /** The canonical name, or empty when no account can have this name. */
    static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = typed.strip();
        return ALLOWED.matcher(name).matches() ? Optional.of(name.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
