package org.claimtrail.desk;

import java.time.Instant;

/** One move of a claim's checking: to which state, assigned to whom, by whom, when. */
public record WorkEvent(String stateLabel, String assignee, String changedBy, Instant changedAt) {}
