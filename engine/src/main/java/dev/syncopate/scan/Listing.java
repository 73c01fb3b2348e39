package dev.syncopate.scan;

import java.io.IOException;
import java.util.List;

/**
 * The result of listing one directory: its entries, sorted by the march key, or why it could not
 * be listed. A failed listing is never mistaken for an empty one.
 *
 * <pre>{@code
 * Listing l = lister.list(dir);
 * if (l.failed()) report(l.error()); else l.entries().forEach(...);
 * }</pre>
 *
 * @param entries the entries (empty when failed or when the directory does not exist)
 * @param error   the failure, or null
 * @param exists  false when the directory is absent (a normal case for the destination)
 */
public record Listing(List<Entry> entries, IOException error, boolean exists) {

    public static final Listing ABSENT = new Listing(List.of(), null, false);

    public static Listing of(List<Entry> entries) {
        return new Listing(entries, null, true);
    }

    public static Listing failed(IOException error) {
        return new Listing(List.of(), error, true);
    }

    public boolean failed() {
        return error != null;
    }
}
