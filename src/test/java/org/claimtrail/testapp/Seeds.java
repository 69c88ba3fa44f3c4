package org.claimtrail.testapp;

import java.util.Random;

/**
 * Seeded randomness for generated test inputs: each run prints its seed, and {@code -Dseed=…}
 * replays a failing run exactly.
 */
public final class Seeds {

    private Seeds() {}

    /** A random source for the named generator, seeded from -Dseed when given, else afresh. */
    public static Random random(String generator) {
        long seed = Long.getLong("seed", new Random().nextLong());
        System.out.println("[seed] " + generator + ": " + seed + " (replay with -Dseed=" + seed + ")");
        return new Random(seed);
    }
}
