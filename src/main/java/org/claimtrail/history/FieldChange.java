package org.claimtrail.history;

/** One field of one revision: what it was before (null when new) and what it became (null when removed). */
public record FieldChange(String field, String before, String after) {}
