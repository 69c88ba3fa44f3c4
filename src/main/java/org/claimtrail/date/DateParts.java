package org.claimtrail.date;

/**
 * The calendar fields a date actually states: "2021-04~" has a year and a month but no day.
 * For formats such as TimelineJS's that want only what is known.
 */
public record DateParts(int year, Integer month, Integer day) {}
