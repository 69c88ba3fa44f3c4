package org.claimtrail.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a picker offers instead of a list of every row: the item chosen, then a few others, the
 * ones found for what the editor typed or else the newest, never more than {@link #OFFERED}. It
 * works without JavaScript: typing part of a name and sending the form (Enter does) finds, saves
 * nothing, and comes back with everything typed and the matches to choose from; one match alone is
 * chosen at once. So the form stays the same size at twenty thousand sources as at ten.
 *
 * @param offered the choices, the chosen one first
 * @param message what the search found, in a sentence; null when nothing was searched
 * @param onlyMatch the one item found, when only one was: the form chooses it
 */
public record Choices(List<Choice> offered, String message, Long onlyMatch) {

    /** Choices a picker offers beside the chosen one. */
    public static final int OFFERED = 8;

    /** The item the form should show as chosen: the one match alone when a find found one, else {@code chosen}. */
    public Long chosenOr(Long chosen) {
        return onlyMatch != null ? onlyMatch : chosen;
    }

    /** One item to choose: its id and how the form names it. */
    public record Choice(long id, String label) {}

    /**
     * @param what the items in the plural, as the message names them ("sources")
     * @param chosen the chosen item's id, or null
     * @param typed what the editor typed to find one, or null
     */
    public static Choices offer(
            String what,
            Long chosen,
            String typed,
            Function<Long, Optional<Choice>> byId,
            Function<String, List<Choice>> found,
            Supplier<List<Choice>> newest) {
        List<Choice> offered = new ArrayList<>();
        if (chosen != null) {
            byId.apply(chosen).ifPresent(offered::add);
        }
        String text = TextSearch.clean(typed);
        List<Choice> others = text == null ? newest.get() : found.apply(text);
        others.stream()
                .filter(other -> offered.stream().noneMatch(c -> c.id() == other.id()))
                .limit(OFFERED)
                .forEach(offered::add);
        if (text == null) {
            return new Choices(offered, null, null);
        }
        String message = switch (others.size()) {
            case 0 -> "No " + what + " match “" + text + "”. Try fewer letters, or add a new one.";
            case 1 -> "One of the " + what + " matches “" + text + "”: it is chosen below. Save to keep it.";
            default ->
                others.size() + (others.size() > OFFERED ? " or more " : " ") + what + " match “" + text
                        + "”: choose one below, or type more of it.";
        };
        return new Choices(offered, message, others.size() == 1 ? others.get(0).id() : null);
    }

    /**
     * As {@link #offer(String, Long, String, Function, Function, Supplier)}, for items a repository
     * finds: {@code matching} takes the LIKE patterns of what was typed (contains, starts with) and
     * how many to find, {@code newest} how many, and {@code choice} names an item.
     */
    public static <T> Choices offer(
            String what,
            Long chosen,
            String typed,
            Function<Long, Optional<T>> byId,
            Matching<T> matching,
            java.util.function.IntFunction<List<T>> newest,
            Function<T, Choice> choice) {
        return offer(
                what,
                chosen,
                typed,
                id -> byId.apply(id).map(choice),
                text -> matching.find(TextSearch.pattern(text), TextSearch.prefixPattern(text), OFFERED + 1).stream()
                        .map(choice)
                        .toList(),
                () -> newest.apply(OFFERED).stream().map(choice).toList());
    }

    /** Items whose names contain a LIKE pattern, those that start with the prefix pattern first. */
    @FunctionalInterface
    public interface Matching<T> {
        List<T> find(String pattern, String prefix, int limit);
    }
}
