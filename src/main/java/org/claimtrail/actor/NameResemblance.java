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

    /** A name written as a site's address: "politico.eu", "www.wsj.com", "news.bbc.co.uk". */
    private static final java.util.regex.Pattern DOMAIN =
            java.util.regex.Pattern.compile("(?:[a-z0-9-]+\\.)+[a-z]{2,}");

    /** Second-level labels under a country's domain that name no one: the "co" of bbc.co.uk. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu");

    /**
     * The words that tell a name apart: "The Wall Street Journal." → [wall, street, journal]; a
     * site's address, by the name it registered: "www.politico.eu" → [politico].
     */
    static List<String> words(String name) {
        String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (DOMAIN.matcher(text).matches()) {
            text = registeredName(text);
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
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

    /** "news.bbc.co.uk" → "bbc": the label left of the public suffix, as far as a desk's sources need it. */
    private static String registeredName(String domain) {
        List<String> labels = Arrays.asList(domain.split("\\."));
        int last = labels.size() - 1;
        boolean countryWithSecondLevel =
                last >= 2 && labels.get(last).length() == 2 && SECOND_LEVEL.contains(labels.get(last - 1));
        return labels.get(countryWithSecondLevel ? last - 2 : last - 1);
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
