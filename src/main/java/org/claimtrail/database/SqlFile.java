package org.claimtrail.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A query kept in a file of its own beside the class that runs it, where a reader can check it
 * against the rule it implements without Java string concatenation in the way. Read once, when
 * the class loads: a missing file fails at start-up, not on some reader's page.
 */
public final class SqlFile {

    private SqlFile() {}

    /** The text of {@code name} in {@code neighbour}'s package on the class path. */
    public static String read(Class<?> neighbour, String name) {
        try (InputStream in = neighbour.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " beside " + neighbour.getName() + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
