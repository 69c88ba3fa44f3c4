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
 * 2022", "24–25 October 2024", "25/10/2024") into EDTF, so forms and filters take what reporting
 * says and store what sorts and filters. EDTF itself passes through unchanged, and every label the
 * site shows for a date reads back as that date. Nothing is guessed: a phrase is read only if it
 * maps to exactly one EDTF value ("05/10/2024" could be May or October: it is asked, not read,
 * unless the site says which way round it writes figures, {@link FiguresOrder}),
 * and the reader is shown that value before anything is saved. Words relative to when something
 * was written ("late last year", "on Tuesday") are read against a reference date, the source's own
 * ({@link RelativeDates}), and only with one.
 */
public final class WrittenDates {

    static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<day>\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (?<year>\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + " (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",? (?<year>\\d{4})");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?<part>[a-z0-9 ()–]+?) (?:of )?(?<year>\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(?<decade>\\d{3})0s");
    /** What a date's label says when EDTF left a digit unspecified: "2024 (month unknown)". */
    private static final Pattern UNKNOWN_PART = Pattern.compile("(?<date>.+) \\((?<part>month|day) unknown\\)");
    /** Day, month and year in figures, day or month first: "25/10/2024", "25.10.2024". */
    private static final Pattern FIGURES = Pattern.compile("(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<year>\\d{4})");
    /** "24–25 October 2024". */
    private static final Pattern DAYS_OF_A_MONTH = Pattern.compile(
            "(?<from>\\d{1,2})(?:st|nd|rd|th)? ?[–-] ?(?<to>\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (?<year>\\d{4})");
    /** "24 October – 2 November 2024". */
    private static final Pattern DAYS_ACROSS_MONTHS =
            Pattern.compile("(?<fromDay>\\d{1,2}) (?<fromMonth>[a-z]+\\.?) ?[–-] ?" + "(?<day>\\d{1,2}) " + MONTH
                    + ",? (?<year>\\d{4})");
    /** "2021–2023", as the site writes a century's years. */
    private static final Pattern YEARS = Pattern.compile("(?<from>\\d{4}) ?[–-] ?(?<to>\\d{4})");
    /** "October–December 2024". */
    private static final Pattern MONTHS_OF_A_YEAR =
            Pattern.compile("(?<fromMonth>[a-z]+\\.?) ?[–-] ?" + MONTH + ",? (?<year>\\d{4})");
    /** "late October 2024": a third of a month, as reporting divides them. */
    private static final Pattern PART_OF_MONTH = Pattern.compile(
            "(?<part>early|beginning of|start of|mid|middle of|late|end of)(?: |-)" + MONTH + ",? (?<year>\\d{4})");

    /** Parts of a year as reporting words them, and the labels the site shows, with the EDTF sub-year grouping each is. */
    private static final Map<String, Integer> PARTS = Map.ofEntries(
            Map.entry("early", 37),
            Map.entry("beginning", 37),
            Map.entry("start", 37),
            Map.entry("mid", 38),
            Map.entry("middle", 38),
            Map.entry("late", 39),
            Map.entry("end", 39),
            Map.entry("january–april", 37),
            Map.entry("may–august", 38),
            Map.entry("september–december", 39),
            Map.entry("spring", 21),
            Map.entry("summer", 22),
            Map.entry("autumn", 23),
            Map.entry("fall", 23),
            Map.entry("winter", 24),
            Map.entry("spring (northern hemisphere)", 25),
            Map.entry("summer (northern hemisphere)", 26),
            Map.entry("autumn (northern hemisphere)", 27),
            Map.entry("winter (northern hemisphere)", 28),
            Map.entry("spring (southern hemisphere)", 29),
            Map.entry("summer (southern hemisphere)", 30),
            Map.entry("autumn (southern hemisphere)", 31),
            Map.entry("winter (southern hemisphere)", 32),
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
            Pattern.compile("(?:around|about|approximately|roughly|circa|c\\.|ca\\.|≈) ?(?<date>.+)");
    private static final Pattern UNCERTAIN = Pattern.compile("(?:possibly|perhaps|probably|maybe) (?:in )?(?<date>.+)");
    /** Up to the day, month or year before: "before 2022" is up to 2021. */
    private static final Pattern BEFORE = Pattern.compile("(?:before|by) (?<date>.+)");
    /** Up to and including: "until 2022", as the site writes "../2022". */
    private static final Pattern UNTIL = Pattern.compile("(?:until|up to|till) (?<date>.+)");

    private static final Pattern AFTER = Pattern.compile("(?:after) (?<date>.+)");
    private static final Pattern SINCE = Pattern.compile("(?:since|from) (?<date>.+?)(?: onwards?)?");
    private static final Pattern ONWARDS = Pattern.compile("(?<date>.+?) onwards?");
    private static final Pattern BETWEEN = Pattern.compile("(?:between )?(?<from>.+?) (?:and|to|until|–|-) (?<to>.+)");

    /** Any letter but EDTF's X (unspecified digit), or a mark the site's labels use: the text is words, not EDTF. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}&&[^X]]|≈|–");

    private WrittenDates() {}

    /**
     * The EDTF for what was typed: EDTF as it is, else the written form read. Throws
     * {@link InvalidEdtfException} saying what is readable when neither reads.
     */
    public static String toEdtf(String typed) {
        return toEdtf(typed, null);
    }

    /**
     * As {@link #toEdtf(String)}, with words relative to {@code writtenOn} read against it
     * ("late last year" in a report of 24 October 2024 is late 2023). Without a reference date such
     * words are refused with a message that says why.
     */
    public static String toEdtf(String typed, LocalDate writtenOn) {
        String text = typed == null ? "" : typed.strip();
        Matcher figures = FIGURES.matcher(text);
        if (figures.matches()) {
            return inFigures(typed, figures);
        }
        if (!WORDS.matcher(text).find()) {
            // Digits and EDTF marks only: EDTF or nothing, and the EDTF parser says exactly what is wrong.
            EdtfParser.parse(text);
            return text;
        }
        String normal = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replace('—', '–')
                .replaceFirst("^(early|mid|late)-", "$1 ")
                // "Tuesday, 22 October 2024": the day's name adds nothing to the date it precedes.
                .replaceFirst("^(mon|tues|wednes|thurs|fri|satur|sun)day,? (?=\\d)", "");
        String edtf = written(normal);
        if (edtf == null && RelativeDates.isRelative(normal)) {
            edtf = RelativeDates.read(typed, normal, writtenOn);
        }
        if (edtf == null || !isEdtf(edtf)) {
            throw new InvalidEdtfException(typed, "not a date we can read");
        }
        return edtf;
    }

    /** What the typed date becomes, for showing before it is saved: "2022-39, September–December 2022". */
    public static String explain(String typed) {
        return explain(typed, null);
    }

    /** As {@link #explain(String)}, saying so when the words were read against {@code writtenOn}. */
    public static String explain(String typed, LocalDate writtenOn) {
        String edtf = toEdtf(typed, writtenOn);
        String reading = edtf + ", " + EdtfParser.parse(edtf).describe();
        return writtenOn != null && needsTheSourcesDay(typed)
                ? reading + " (read against the source’s date, "
                        + EdtfParser.parse(writtenOn.toString()).describe() + ")"
                : reading;
    }

    /** True for words that read as a date only against the day they were written ("late last year"). */
    public static boolean needsTheSourcesDay(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        try {
            toEdtf(typed, null);
            return false;
        } catch (InvalidEdtfException relative) {
            return true;
        }
    }

    private static boolean isEdtf(String text) {
        try {
            EdtfParser.parse(text);
            return true;
        } catch (InvalidEdtfException e) {
            return false;
        }
    }

    static String written(String text) {
        Matcher m;
        String without = text.substring(0, Math.max(0, text.length() - 1)).strip();
        // "April 2021?", "≈ 2021?", as the site writes an uncertain date: the date, then its
        // qualifier. Not an interval written with spaces ("2021 – 2022?"): there it is the end's.
        if (text.endsWith("?") && !text.endsWith(" ?") && !without.matches(".* (–|-|to|and) .*")) {
            String date = without.isEmpty() ? null : written(without);
            if (date != null && !date.contains("..")) {
                return qualifyEnds(date, "?");
            }
        }
        if ((m = APPROXIMATE.matcher(text)).matches() && qualified(m.group("date"), "~") != null) {
            return qualified(m.group("date"), "~");
        }
        if ((m = UNCERTAIN.matcher(text)).matches() && qualified(m.group("date"), "?") != null) {
            return qualified(m.group("date"), "?");
        }
        if ((m = UNTIL.matcher(text)).matches() && sided(m.group("date")) != null) {
            return "../" + sided(m.group("date"));
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
        String range = range(text);
        if (range != null) {
            return range;
        }
        if ((m = SINCE.matcher(text)).matches() && sided(m.group("date")) != null) {
            return sided(m.group("date")) + "/..";
        }
        if ((m = ONWARDS.matcher(text)).matches() && sided(m.group("date")) != null) {
            return sided(m.group("date")) + "/..";
        }
        if ((m = BETWEEN.matcher(text.replaceFirst("^from ", ""))).matches()) {
            String from = m.group("from").equals("?") ? "" : sided(m.group("from"));
            String to = m.group("to").equals("?") ? "" : sided(m.group("to"));
            return from == null || to == null || (from.isEmpty() && to.isEmpty()) ? null : from + "/" + to;
        }
        return null;
    }

    /** One end of an interval: a single date, possibly qualified ("≈ 2021", "2022?"). */
    private static String sided(String text) {
        String single = single(text);
        if (single != null) {
            return single;
        }
        String qualified = written(text);
        return qualified != null && qualified.matches("[^/]+[?~%]") ? qualified : null;
    }

    /** Ranges written inside one month or one year: "24–25 October 2024", "October–December 2024". */
    private static String range(String text) {
        Matcher m;
        if ((m = PART_OF_MONTH.matcher(text)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group("year")), month(m.group("month")));
            String part = m.group("part");
            int first = part.startsWith("mid") || part.startsWith("middle")
                    ? 11
                    : part.startsWith("late") || part.startsWith("end") ? 21 : 1;
            int last = first == 21 ? month.lengthOfMonth() : first + 9;
            return month.atDay(first) + "/" + month.atDay(last);
        }
        if ((m = DAYS_OF_A_MONTH.matcher(text)).matches()) {
            String from =
                    day(Integer.parseInt(m.group("year")), month(m.group("month")), Integer.parseInt(m.group("from")));
            String to =
                    day(Integer.parseInt(m.group("year")), month(m.group("month")), Integer.parseInt(m.group("to")));
            return from == null || to == null || from.compareTo(to) >= 0 ? null : from + "/" + to;
        }
        if ((m = DAYS_ACROSS_MONTHS.matcher(text)).matches() && isMonth(m.group("fromMonth"))) {
            int year = Integer.parseInt(m.group("year"));
            String from = day(year, month(m.group("fromMonth")), Integer.parseInt(m.group("fromDay")));
            String to = day(year, month(m.group("month")), Integer.parseInt(m.group("day")));
            return from == null || to == null || from.compareTo(to) >= 0 ? null : from + "/" + to;
        }
        if ((m = YEARS.matcher(text)).matches()) {
            return m.group("from").compareTo(m.group("to")) < 0 ? m.group("from") + "/" + m.group("to") : null;
        }
        if ((m = MONTHS_OF_A_YEAR.matcher(text)).matches() && isMonth(m.group("fromMonth"))) {
            int from = month(m.group("fromMonth"));
            int to = month(m.group("month"));
            return from >= to ? null : String.format("%1$s-%2$02d/%1$s-%3$02d", m.group("year"), from, to);
        }
        return null;
    }

    /**
     * The site's way with figures that make a date either way round. Static, as every reader of
     * typed dates is (forms, filters, the spreadsheet import, validation); set once at start-up from
     * the site's setting (site.DateSettings).
     */
    private static volatile FiguresOrder figuresOrder = FiguresOrder.ASK;

    /** Reads dates in figures that make a date either way round in {@code order} from now on. */
    public static void readFiguresAs(FiguresOrder order) {
        figuresOrder = java.util.Objects.requireNonNull(order);
    }

    /** The order dates in figures are read in. */
    public static FiguresOrder figuresOrder() {
        return figuresOrder;
    }

    /** "25/10/2024": read when only one order makes a date; when both do, in the site's order, or asked. */
    private static String inFigures(String typed, Matcher figures) {
        int a = Integer.parseInt(figures.group("a"));
        int b = Integer.parseInt(figures.group("b"));
        int year = Integer.parseInt(figures.group("year"));
        String dayFirst = a <= 31 && b <= 12 ? day(year, b, a) : null;
        String monthFirst = a <= 12 && b <= 31 ? day(year, a, b) : null;
        if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
            FiguresOrder order = figuresOrder;
            if (order == FiguresOrder.DAY_FIRST) {
                return dayFirst;
            }
            if (order == FiguresOrder.MONTH_FIRST) {
                return monthFirst;
            }
            throw new InvalidEdtfException(
                    typed,
                    "this could be " + EdtfParser.parse(dayFirst).describe() + " or "
                            + EdtfParser.parse(monthFirst).describe() + ", so write the month as a word");
        }
        String date = dayFirst != null ? dayFirst : monthFirst;
        if (date == null) {
            throw new InvalidEdtfException(typed, "no day of the year has these numbers");
        }
        return date;
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
    static String single(String text) {
        if (isEdtf(text) && !EdtfParser.parse(text).isInterval()) {
            return text;
        }
        Matcher m;
        if ((m = UNKNOWN_PART.matcher(text)).matches()) {
            String known = single(m.group("date"));
            boolean month = m.group("part").equals("month");
            return known == null
                    ? null
                    : month && known.matches("\\d{4}")
                            ? known + "-XX"
                            : !month && known.matches("\\d{4}-\\d{2}") ? known + "-XX" : null;
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches() || (m = MONTH_DAY_YEAR.matcher(text)).matches()) {
            return day(Integer.parseInt(m.group("year")), month(m.group("month")), Integer.parseInt(m.group("day")));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return String.format("%s-%02d", m.group("year"), month(m.group("month")));
        }
        if ((m = DECADE.matcher(text)).matches()) {
            return m.group("decade") + "X";
        }
        if ((m = YEARS.matcher(text)).matches()) {
            // A whole century ("2100–2199", as the site writes 21XX) is one date with unspecified digits.
            int from = Integer.parseInt(m.group("from"));
            int to = Integer.parseInt(m.group("to"));
            for (int digits = 3; digits >= 2; digits--) {
                int span = (int) Math.pow(10, digits);
                if (from % span == 0 && to == from + span - 1) {
                    return m.group("from").substring(0, 4 - digits) + "X".repeat(digits);
                }
            }
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

    /** A date, or a range written in one go ("6400–6499"), approximate or uncertain as a whole. */
    private static String qualified(String text, String qualifier) {
        String date = single(text);
        if (date != null) {
            return date + qualifier;
        }
        String range = range(text);
        return range == null ? null : qualifyEnds(range, qualifier);
    }

    /** Each end of the EDTF qualified too: ~ and ? together are %. */
    private static String qualifyEnds(String edtf, String qualifier) {
        StringBuilder qualified = new StringBuilder();
        for (String end : edtf.split("/", -1)) {
            if (!qualified.isEmpty() || edtf.startsWith("/")) {
                qualified.append('/');
            }
            if (end.isEmpty()) {
                continue;
            }
            char last = end.charAt(end.length() - 1);
            String bare = "~?%".indexOf(last) >= 0 ? end.substring(0, end.length() - 1) : end;
            String had = "~?%".indexOf(last) >= 0 ? String.valueOf(last) : "";
            qualified.append(bare).append(had.isEmpty() || had.equals(qualifier) ? qualifier : "%");
        }
        return qualified.toString();
    }

    private static boolean isMonth(String name) {
        return name.matches(MONTH);
    }

    static int month(String name) {
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
