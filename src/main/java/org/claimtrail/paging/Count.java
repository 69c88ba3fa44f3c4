package org.claimtrail.paging;

/**
 * How many rows a list has, counted up to a cap: beyond it the exact number costs a scan of
 * everything and tells a reader nothing more than "more than 10,000".
 *
 * @param value  the rows counted, at most the cap
 * @param capped whether counting stopped at the cap
 */
public record Count(long value, boolean capped) {

    public static final int CAP = 10_000;

    /** From {@code select count(*) from (… limit CAP + 1)}. */
    public static Count of(long countedWithOneMore) {
        return countedWithOneMore > CAP ? new Count(CAP, true) : new Count(countedWithOneMore, false);
    }

    public static Count exactly(long rows) {
        return new Count(rows, false);
    }

    /** More rows than this, how many more not counted. */
    public static Count moreThan(long rows) {
        return new Count(rows, true);
    }

    /** SQL that counts the rows of a query up to the cap and one more. */
    public static String sql(String selectRows) {
        return "select count(*) from (" + selectRows + " limit " + (CAP + 1) + ") counted";
    }

    /** "1 claim", "1,234 claims", "more than 10,000 claims". */
    public String describe(String one, String many) {
        if (capped) {
            return "more than " + String.format("%,d", value) + " " + many;
        }
        return value == 1 ? "1 " + one : String.format("%,d", value) + " " + many;
    }
}
