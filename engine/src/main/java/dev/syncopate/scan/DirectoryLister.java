package dev.syncopate.scan;

import dev.syncopate.fs.NativeCode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Lists one directory with one stat per entry and sorts it by the march key, so the two sides of a
 * directory can be merge-joined. Thread-safe: the walk lists directories ahead on a pool.
 *
 * <pre>{@code
 * DirectoryLister lister = new DirectoryLister(AttributeReader.forFileSystem(fs), NameKey.exact(), true);
 * Listing l = lister.list(Path.of("/srv/docs"));
 * }</pre>
 */
public final class DirectoryLister {
    /**
     * The platform's fast listing, shared by every lister of the JVM: loaded once 10,000 entries were
     * listed the portable way, so a small run does not pay for loading it.
     */
    private static final NativeCode.Deferred<NativeListing> PLATFORM = NativeListing.deferred(10_000);

    private final AttributeReader reader;
    private final NameKey key;
    private final boolean followLinks;
    /** Given the entries just listed the portable way, the fast listing to use from now on, or null. */
    private final LongFunction<NativeListing> fast;

    public DirectoryLister(AttributeReader reader, NameKey key, boolean followLinks) {
        this(reader, key, followLinks, PLATFORM::get);
    }

    /** With the given fast listing from the first directory on, or none (null): tests compare the two paths. */
    DirectoryLister(AttributeReader reader, NameKey key, boolean followLinks, NativeListing fast) {
        this(reader, key, followLinks, listed -> fast);
    }

    private DirectoryLister(AttributeReader reader, NameKey key, boolean followLinks, LongFunction<NativeListing> fast) {
        this.reader = reader;
        this.key = key;
        this.followLinks = followLinks;
        this.fast = reader.prefersDirectoryRelative() ? fast : listed -> null;
    }

    /** Lists {@code dir}; an absent directory gives {@link Listing#ABSENT}, never an exception. */
    public Listing list(Path dir) {
        boolean local = NativeListing.handles(dir);
        NativeListing fastNow = local ? fast.apply(0) : null;
        if (fastNow != null) {
            List<Entry> entries = fastNow.list(dir, name -> reader.read(dir.resolve(name), name, followLinks));
            if (entries != null) {
                return Listing.of(sorted(entries));
            }
        }
        Listing l = portable(dir);
        if (fastNow == null && local) {
            fast.apply(l.entries().size());
        }
        return l;
    }

    private Listing portable(Path dir) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            boolean relative = stream instanceof SecureDirectoryStream<Path> && reader.prefersDirectoryRelative();
            for (Path child : stream) {
                try {
                    Path name = child.getFileName();
                    entries.add(relative
                            ? reader.read((SecureDirectoryStream<Path>) stream, name, followLinks)
                            : reader.read(child, name.toString(), followLinks));
                } catch (NoSuchFileException vanished) {
                    // Deleted between readdir and stat: it is simply not there any more.
                }
            }
        } catch (NoSuchFileException absent) {
            return Listing.ABSENT;
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            IOException io = e instanceof IOException x ? x : ((java.nio.file.DirectoryIteratorException) e).getCause();
            return Listing.failed(io);
        }
        return Listing.of(sorted(entries));
    }

    /**
     * Sorts by key, computing each name's key once rather than on every comparison. Names with one
     * key (twins, see {@link dev.syncopate.march.Marcher}) go by name, so which twin comes first
     * is the same on every run and file system, not readdir's order.
     */
    private List<Entry> sorted(List<Entry> entries) {
        Keyed[] keyed = new Keyed[entries.size()];
        for (int i = 0; i < keyed.length; i++) {
            Entry e = entries.get(i);
            keyed[i] = new Keyed(key.of(e.name()), e);
        }
        java.util.Arrays.sort(keyed);
        List<Entry> out = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) {
            out.add(k.entry());
        }
        return out;
    }

    /** An entry with its key; compared directly rather than through comparator lambdas, which cost in a large walk. */
    private record Keyed(String key, Entry entry) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed o) {
            int c = key.compareTo(o.key);
            return c != 0 ? c : entry.name().compareTo(o.entry.name());
        }
    }
}
