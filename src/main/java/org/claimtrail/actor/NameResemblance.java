package org.claimtrail.actor;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two names are likely the same actor written two ways: "POLITICO" and "Politico Europe",
 * "The Kremlin" and "Kremlin", "Wall Street Journal" and "The Wall Street Journal.". Case, accents,
 * punctuation and words that name no one ("the", "inc") do not count, and a name that begins or
 * ends the other's words resembles it. Used to ask "did you mean", never to merge on its own.
 */
final class NameResemblance {

    /** Words that do not tell two actors apart. */
    private static final Set<String> EMPTY_WORDS =
            Set.of("the", "a", "an", "inc", "ltd", "llc", "co", "corp", "plc", "sa", "ag", "gmbh", "and", "of");

    private NameResemblance() {}

    /** The words that tell a name apart: "The Wall Street Journal." → [wall, street, journal]. */
    static List<String> words(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return plain.isEmpty()
                ? List.of()
                : Arrays.stream(plain.split(" "))
                        .filter(word -> !EMPTY_WORDS.contains(word))
                        .toList();
    }

    static boolean resemble(String one, String other) {
        List<String> a = words(one);
        List<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        return longer.subList(0, shorter.size()).equals(shorter)
                || longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)
                || String.join("", a).equals(String.join("", b));
    }

    /** The first and last distinguishing words: a name that resembles this one contains one of them. */
    static List<String> endWords(String name) {
        List<String> words = words(name);
        return words.isEmpty()
                ? List.of()
                : java.util.stream.Stream.of(words.get(0), words.get(words.size() - 1))
                        .distinct()
                        .toList();
    }
}
