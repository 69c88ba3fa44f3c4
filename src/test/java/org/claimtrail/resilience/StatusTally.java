package org.claimtrail.resilience;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts responses by label and status, from many client threads at once. */
final class StatusTally {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void record(String label, int status) {
        counts.computeIfAbsent(label + " " + status, k -> new LongAdder()).increment();
    }

    long count(String label, int status) {
        LongAdder adder = counts.get(label + " " + status);
        return adder == null ? 0 : adder.sum();
    }

    /** Every label/status pair whose status is not among the allowed ones. */
    Map<String, Long> outside(java.util.Set<Integer> allowed) {
        Map<String, Long> found = new TreeMap<>();
        counts.forEach((key, adder) -> {
            int status = Integer.parseInt(key.substring(key.lastIndexOf(' ') + 1));
            if (!allowed.contains(status)) {
                found.put(key, adder.sum());
            }
        });
        return found;
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public String toString() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, adder) -> sorted.put(key, adder.sum()));
        return sorted.toString();
    }
}
