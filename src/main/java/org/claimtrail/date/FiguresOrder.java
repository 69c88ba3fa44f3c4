package org.claimtrail.date;

/**
 * How the site reads a date written in figures that makes a date either way round, "05/10/2024"
 * (5 October or May 10). A desk that writes dates one way sets it (claimtrail.dates.figures); by
 * default such a date is asked, not guessed. A date that only one order makes ("25/10/2024") is
 * read whatever the setting, and every reading is shown before it is saved.
 */
public enum FiguresOrder {
    /** The editor is asked to write the month as a word. */
    ASK,
    /** 05/10/2024 is 5 October 2024, as in Britain and most of Europe. */
    DAY_FIRST,
    /** 05/10/2024 is May 10, 2024, as in the United States. */
    MONTH_FIRST
}
