package org.claimtrail.testapp;

/**
 * How big the proofs run. The README's {@code ./mvnw verify} runs every kind of proof at a size
 * that keeps the loop under six minutes; {@code -Dproofs=full} (what {@code .ci/run} adds) runs
 * them at full size: a thousand tries per form and parameter, a 150-second soak.
 */
public final class Proofs {

    private Proofs() {}

    public static boolean full() {
        return "full".equalsIgnoreCase(System.getProperty("proofs", ""));
    }

    /** {@code full} at full size, else {@code quick}; printed, so a log says which it was. */
    public static int size(String what, int quick, int full) {
        int size = full() ? full : quick;
        System.out.println("[proofs] " + what + ": " + size
                + (full() ? " (full size)" : " (quick; -Dproofs=full for " + full + ")"));
        return size;
    }
}
