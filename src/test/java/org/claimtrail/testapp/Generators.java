package org.claimtrail.testapp;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small building blocks for seeded generators (see {@link Seeds}): plain functions of a Random. */
public final class Generators {

    private Generators() {}

    public static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Any UTF-16 string up to maxLength: every code unit equally likely, lone surrogates included. */
    public static String anyString(Random random, int maxLength) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
        }
        return new String(chars);
    }

    /** A string of 1 to maxLength characters, each drawn from the given ones. */
    public static String stringOf(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = between(random, 1, maxLength);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Picks one of the weighted generators: weight n makes it n times as likely as weight 1. */
    public static <T> Weighted<T> weighted(int weight, Function<Random, T> generator) {
        return new Weighted<>(weight, generator);
    }

    @SafeVarargs
    public static <T> T frequency(Random random, Weighted<T>... choices) {
        int total = 0;
        for (Weighted<T> choice : choices) {
            total += choice.weight();
        }
        int pick = random.nextInt(total);
        for (Weighted<T> choice : choices) {
            pick -= choice.weight();
            if (pick < 0) {
                return choice.generator().apply(random);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Draws until the condition holds (for filters that rarely refuse). */
    public static <T> T until(Supplier<T> draw, java.util.function.Predicate<T> condition) {
        for (int i = 0; i < 10_000; i++) {
            T value = draw.get();
            if (condition.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("the generator almost never meets its condition");
    }

    public record Weighted<T>(int weight, Function<Random, T> generator) {}
}
