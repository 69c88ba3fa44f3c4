package org.claimtrail.date;

/** EDTF Level 1 qualification of a whole date: {@code ?} uncertain, {@code ~} approximate, {@code %} both. */
enum Qualifier {
    NONE(""),
    UNCERTAIN("?"),
    APPROXIMATE("~"),
    UNCERTAIN_AND_APPROXIMATE("%");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    static Qualifier of(String symbol) {
        for (Qualifier qualifier : values()) {
            if (qualifier.symbol.equals(symbol == null ? "" : symbol)) {
                return qualifier;
            }
        }
        throw new IllegalArgumentException("unknown qualifier " + symbol);
    }

    boolean approximate() {
        return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
    }

    boolean uncertain() {
        return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
    }

    /** "≈ April 2021" for approximate, "2021?" for uncertain. */
    String decorate(String text) {
        return (approximate() ? "≈ " : "") + text + (uncertain() ? "?" : "");
    }
}
