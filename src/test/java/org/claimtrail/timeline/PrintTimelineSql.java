package org.claimtrail.timeline;

/** Prints the timeline's SQL, unfiltered, so the benchmark can run the very same query through COPY. */
public final class PrintTimelineSql {

    public static void main(String[] args) {
        System.out.println(TimelineRepository.unfilteredSql());
    }
}
