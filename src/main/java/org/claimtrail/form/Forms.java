package org.claimtrail.form;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.date.InvalidEdtfException;
import org.springframework.validation.Errors;

/** What every form does with its raw input before a service sees it. */
public final class Forms {

    private Forms() {}

    /** Trimmed text, or null for blank input: blank and missing mean the same in our forms. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The fuzzy date typed into {@code field} (EDTF or written words) with its optional label, or null when blank.
     * Invalid text becomes a field error carrying the parser's explanation and examples.
     */
    public static FuzzyDate fuzzyDate(Errors errors, String field, String edtf, String label) {
        return fuzzyDate(errors, field, edtf, label, null);
    }

    /** As {@link #fuzzyDate(Errors, String, String, String)}, reading relative words against {@code writtenOn}. */
    public static FuzzyDate fuzzyDate(
            Errors errors, String field, String edtf, String label, java.time.LocalDate writtenOn) {
        if (text(edtf) == null) {
            if (text(label) != null) {
                errors.rejectValue(
                        field,
                        "edtf.missing",
                        "Give the date too (e.g. late 2022 or 2022-39), " + "so it can be sorted and filtered.");
            }
            return null;
        }
        try {
            return FuzzyDate.read(edtf, text(label), writtenOn);
        } catch (InvalidEdtfException e) {
            errors.rejectValue(field, "edtf.invalid", e.getMessage());
            return null;
        }
    }

    /**
     * True when the form was sent with its "Check the date" button: it comes back with what each
     * date will be saved as, and nothing is saved.
     */
    public static boolean checkOnly(String check) {
        return check != null;
    }

    /**
     * Runs a save; if the service finds a picked id gone ({@link UnknownChoice}), the form gets
     * the message on that field and nothing was saved.
     */
    public static <T> Optional<T> save(Errors errors, Supplier<T> save) {
        try {
            return Optional.of(save.get());
        } catch (UnknownChoice gone) {
            errors.rejectValue(gone.field(), "choice.unknown", gone.getMessage());
            return Optional.empty();
        }
    }

    /** "Starlink, National security" → [starlink, national-security]: lower case, dashes, no repeats. */
    public static List<String> tags(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(tag -> tag.strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("(^-+|-+$)", ""))
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * A return address we may redirect to or link to: a path on this site, never another host.
     * Browsers drop tabs and line breaks from addresses and read a backslash as a slash, so
     * "/\t/evil.example/" is "//evil.example/" to them: any white space, control or invisible
     * formatting character anywhere, a backslash anywhere, or a second leading slash is refused.
     * So are braces, which no address of the site has and which a "redirect:" reads as a
     * template variable: "{x}" made a 500 after the form it followed had saved.
     */
    public static String localPath(String path, String fallback) {
        if (path == null || !path.startsWith("/") || path.length() > 2000) {
            return fallback;
        }
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c == '\\'
                    || c == '{'
                    || c == '}'
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                return fallback;
            }
            i += Character.charCount(c);
        }
        return path.startsWith("//") ? fallback : path;
    }
}
