package org.claimtrail.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Ways of writing one mapped path that a server may or may not treat as that path: each letter
 * of a literal segment percent-encoded (lower- and upper-case hex), a doubled slash, a trailing
 * slash, a session id or matrix parameter after a segment, a dot segment. A rule that decides on
 * another spelling of the path than the router does is caught by one of them.
 */
final class PathVariants {

    private PathVariants() {}

    /**
     * @param pattern the mapped pattern, such as /claims/{slug}/delete (variables are not encoded:
     *                they are data, not routing)
     * @param sample  the same path with the variables filled in
     */
    static List<String> of(String pattern, String sample) {
        String[] patternSegments = pattern.substring(1).split("/");
        String[] segments = sample.substring(1).split("/");
        LinkedHashSet<String> variants = new LinkedHashSet<>();
        for (int s = 0; s < segments.length; s++) {
            if (patternSegments[s].startsWith("{")) {
                continue;
            }
            String segment = segments[s];
            for (int c = 0; c < segment.length(); c++) {
                if (Character.isLetter(segment.charAt(c))) {
                    String hex = String.format("%02x", (int) segment.charAt(c));
                    for (String encoded : List.of("%" + hex, "%" + hex.toUpperCase(Locale.ROOT))) {
                        variants.add(join(segments, s, segment.substring(0, c) + encoded + segment.substring(c + 1)));
                    }
                }
            }
            variants.add(join(segments, s, segment + ";a=b"));
            variants.add(join(segments, s, "." + "/" + segment));
        }
        for (int s = 0; s < segments.length; s++) {
            variants.add(join(segments, s, "/" + segments[s]));
        }
        variants.add(sample + "/");
        variants.add(sample + ";jsessionid=0123456789ABCDEF");
        variants.add(sample.replaceFirst("/([^/]+)$", "/x/../$1"));
        return new ArrayList<>(variants);
    }

    private static String join(String[] segments, int replaced, String replacement) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            path.append('/').append(i == replaced ? replacement : segments[i]);
        }
        return path.toString();
    }
}
