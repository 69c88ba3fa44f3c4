package org.claimtrail.desk;

/** One of the desk's work states ("To check", "In progress", …), in the order the checking goes. */
public record WorkState(String code, String label, int position) {}
