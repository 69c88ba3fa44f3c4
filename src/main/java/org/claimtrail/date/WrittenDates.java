package org.claimtrail.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns dates as people write them ("late 2022", "26 October 2024", "around April 2021", "before
 * 2022") into EDTF, so forms and filters take what reporting says and store what sorts and
 * filters. EDTF itself passes through unchanged. Nothing is guessed: a phrase is read only if it
 * maps to exactly one EDTF value, and the reader is shown that value before anything is saved.
 */
public final class WrittenDates {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<day>\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (?<year>\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + " (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",? (?<year>\\d{4})");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?<part>[a-z0-9 ]+?) (?:of )?(?<year>\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(?<decade>\\d{3})0s");

    /** Parts of a year as reporting words them, and the EDTF sub-year grouping each one is. */
    private static final Map<String, Integer> PARTS = Map.ofEntries(
            Map.entry("early", 37),
            Map.entry("mid", 38),
            Map.entry("middle", 38),
            Map.entry("late", 39),
            Map.entry("spring", 21),
            Map.entry("summer", 22),
            Map.entry("autumn", 23),
            Map.entry("fall", 23),
            Map.entry("winter", 24),
            Map.entry("q1", 33),
            Map.entry("q2", 34),
            Map.entry("q3", 35),
            Map.entry("q4", 36),
            Map.entry("first quarter", 33),
            Map.entry("second quarter", 34),
            Map.entry("third quarter", 35),
            Map.entry("fourth quarter", 36),
            Map.entry("first half", 40),
            Map.entry("second half", 41),
            Map.entry("h1", 40),
            Map.entry("h2", 41));

    private static final Pattern APPROXIMATE =
            Pattern.compile("(?:around|about|approximately|roughly|circa|c\\.|ca\\.) (?<date>.+)");
    private static final Pattern UNCERTAIN = Pattern.compile("(?:possibly|perhaps|probably|maybe) (?:in )?(?<date>.+)");
    private static final Pattern BEFORE = Pattern.compile("(?:before|until|up to|by) (?<date>.+)");
    private static final Pattern AFTER = Pattern.compile("(?:after) (?<date>.+)");
    private static final Pattern SINCE = Pattern.compile("(?:since|from) (?<date>.+?)(?: onwards?)?");
    private static final Pattern BETWEEN = Pattern.compile("(?:between )?(?<from>.+?) (?:and|to|until|–|-) (?<to>.+)");

    /** Any letter but EDTF's X (unspecified digit): the text is words, not EDTF. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}&&[^X]]");

    private WrittenDates() {}

    /**
     * The EDTF for what was typed: EDTF as it is, else the written form read. Throws
     * {@link InvalidEdtfException} saying what is readable when neither reads.
     */
    public static String toEdtf(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!WORDS.matcher(text).find()) {
            // Digits and EDTF marks only: EDTF or nothing, and the EDTF parser says exactly what is wrong.
            EdtfParser.parse(text);
            return text;
        }
        String edtf = written(text.toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replace('—', '–')
                .replaceFirst("^(early|mid|late)-", "$1 "));
        if (edtf == null || !isEdtf(edtf)) {
            throw new InvalidEdtfException(
                    typed,
                    "we could not read it as a date. Write it as reporting does "
                            + "(26 October 2024, Oct 2024, late 2022, around April 2021, before 2022, 2021) or in EDTF");
        }
        return edtf;
    }

    /** What the typed date becomes, for showing before it is saved: "2022-39, September–December 2022". */
    public static String explain(String typed) {
        String edtf = toEdtf(typed);
        return edtf + ", " + EdtfParser.parse(edtf).describe();
    }

    private static boolean isEdtf(String text) {
        try {
            EdtfParser.parse(text);
            return true;
        } catch (InvalidEdtfException e) {
            return false;
        }
    }

    private static String written(String text) {
        Matcher m;
        if ((m = APPROXIMATE.matcher(text)).matches()) {
            return qualified(m.group("date"), "~");
        }
        if ((m = UNCERTAIN.matcher(text)).matches()) {
            return qualified(m.group("date"), "?");
        }
        if ((m = BEFORE.matcher(text)).matches()) {
            String before = adjacent(single(m.group("date")), -1);
            return before == null ? null : "../" + before;
        }
        if ((m = AFTER.matcher(text)).matches()) {
            String after = adjacent(single(m.group("date")), 1);
            return after == null ? null : after + "/..";
        }
        String single = single(text);
        if (single != null) {
            return single;
        }
        if ((m = SINCE.matcher(text)).matches() && single(m.group("date")) != null) {
            return single(m.group("date")) + "/..";
        }
        if ((m = BETWEEN.matcher(text.replaceFirst("^from ", ""))).matches()) {
            String from = single(m.group("from"));
            String to = single(m.group("to"));
            return from == null || to == null ? null : from + "/" + to;
        }
        return null;
    }

    /**
     * The year, month or day next to a date, at the date's own precision: "before 2022" is up to
     * 2021, not up to 31 December 2021, which would state a day the source never gave.
     */
    private static String adjacent(String edtf, int step) {
        if (edtf == null) {
            return null;
        }
        if (edtf.matches("\\d{4}")) {
            return String.valueOf(Integer.parseInt(edtf) + step);
        }
        if (edtf.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            return YearMonth.parse(edtf).plusMonths(step).toString();
        }
        EdtfParser.Parsed parsed = EdtfParser.parse(edtf);
        return (step < 0 ? parsed.earliest().minusDays(1) : parsed.latest().plusDays(1)).toString();
    }

    /** One date without qualifier or interval: a day, a month, a part of a year, a year, a decade. */
    private static String single(String text) {
        if (isEdtf(text) && !EdtfParser.parse(text).isInterval()) {
            return text;
        }
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches() || (m = MONTH_DAY_YEAR.matcher(text)).matches()) {
            return day(Integer.parseInt(m.group("year")), month(m.group("month")), Integer.parseInt(m.group("day")));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return String.format("%s-%02d", m.group("year"), month(m.group("month")));
        }
        if ((m = DECADE.matcher(text)).matches()) {
            return m.group("decade") + "X";
        }
        if ((m = PART_OF_YEAR.matcher(text)).matches()) {
            Integer grouping = PARTS.get(m.group("part")
                    .replaceFirst("^the ", "")
                    .replaceFirst(" of$", "")
                    .strip());
            return grouping == null ? null : m.group("year") + "-" + grouping;
        }
        return null;
    }

    private static String qualified(String text, String qualifier) {
        String date = single(text);
        return date == null ? null : date + qualifier;
    }

    private static int month(String name) {
        String prefix = name.replace(".", "").substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalStateException("the month pattern admits only month names: " + name);
    }

    private static String day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
