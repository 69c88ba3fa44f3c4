package org.claimtrail.attribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an anonymous source's description must say (AP; the desk's published standards): more than
 * a word such as "sources" or "officials", which tells a reader nothing of who they are or how they
 * could know. A description is vague when, counting words and articles aside, it holds nothing but
 * such words.
 */
final class AnonymousSources {

    private static final Set<String> SAYING_NOTHING = Set.of(
            "a",
            "an",
            "the",
            "one",
            "two",
            "three",
            "four",
            "five",
            "several",
            "some",
            "many",
            "multiple",
            "few",
            "other",
            "others",
            "more",
            "anonymous",
            "unnamed",
            "unidentified",
            "source",
            "sources",
            "official",
            "officials",
            "person",
            "people",
            "persons",
            "insider",
            "insiders",
            "someone",
            "individual",
            "individuals",
            "says",
            "said");

    private AnonymousSources() {}

    /**
     * Whether a description names an actor: "a Pentagon official" names The Pentagon. Compared as
     * words, any case, the name's leading "The" aside.
     */
    static boolean names(String description, String name) {
        String bare = name.strip().replaceFirst("(?i)^the\\s+", "");
        if (bare.isEmpty()) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(bare) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(description)
                .find();
    }

    static boolean isVague(String description) {
        return Arrays.stream(description.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .allMatch(word -> SAYING_NOTHING.contains(word) || word.chars().allMatch(Character::isDigit));
    }
}
