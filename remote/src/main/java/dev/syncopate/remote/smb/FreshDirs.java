package dev.syncopate.remote.smb;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The directories this file system created itself, with every name it has created in them since:
 * any other name there surely does not exist, and saying so costs no round trip. A first copy asks
 * for each file's temp (to resume it under {@code /Z}, which remote destinations always use) in a
 * directory it has just made; without this that is one failed SMB create per file.
 *
 * <pre>{@code
 * fresh.created(dir);          // after a successful mkdir: the directory was empty
 * fresh.adding(file);          // before creating or renaming anything to that name
 * fresh.surelyAbsent(file);    // true for a name in dir that was never added
 * }</pre>
 *
 * <p>Conservative: a name once added stays "maybe there" (a delete does not remove it), every name a
 * listing of the directory shows or a refused mkdir reveals is added too, names are
 * compared case-folded as the share does, and past {@link #MAX_NAMES} names tracking stops for the
 * directories that would exceed it, so memory stays bounded on huge trees. What another client
 * creates in such a directory is unknown here until a listing shows it: the engine lists a
 * directory before it decides anything about its entries, and asks about a name it has not listed
 * only for its own temp files (whose worst case is a copy from the start instead of a resume).
 */
final class FreshDirs {
    static final int MAX_NAMES = 200_000;

    private final Map<String, Set<String>> dirs = new ConcurrentHashMap<>();
    private final AtomicInteger names = new AtomicInteger();

    /** {@code dir} was just created (so it is empty), and its name is taken in its parent. */
    void created(SmbPath dir) {
        adding(dir);
        dirs.putIfAbsent(key(dir), ConcurrentHashMap.newKeySet());
    }

    /** {@code p} is about to be created or renamed to: from now on it may exist. */
    void adding(SmbPath p) {
        String parent = parentKey(p);
        if (parent == null) {
            return;
        }
        Set<String> known = dirs.get(parent);
        if (known == null) {
            return;
        }
        if (names.incrementAndGet() > MAX_NAMES) {
            dirs.remove(parent);   // stop vouching for this directory: the server answers again
            return;
        }
        known.add(fold(p.getFileName().toString()));
    }

    /**
     * A listing of {@code dir} came back: whatever it shows exists, whoever put it there (another
     * client, or a script writing into the share between two syncs of one run).
     */
    void listed(SmbPath dir, List<String> shown) {
        Set<String> known = dirs.get(key(dir));
        if (known == null) {
            return;
        }
        if (names.addAndGet(shown.size()) > MAX_NAMES) {
            dirs.remove(key(dir));
            return;
        }
        for (String n : shown) {
            known.add(fold(n));
        }
    }

    /** {@code p} is deleted or renamed away: if it was a directory made here, stop vouching for its content. */
    void forget(SmbPath p) {
        if (!dirs.isEmpty()) {
            dirs.remove(key(p));
        }
    }

    /** True only when {@code p}'s directory was created here and nothing was ever added under its name. */
    boolean surelyAbsent(SmbPath p) {
        String parent = parentKey(p);
        Set<String> known = parent == null ? null : dirs.get(parent);
        return known != null && !known.contains(fold(p.getFileName().toString()));
    }

    private static String parentKey(SmbPath p) {
        SmbPath abs = p.toAbsolutePath().normalize();
        SmbPath parent = abs.getParent();
        return parent == null || abs.getFileName() == null ? null : key(parent);
    }

    /** {@code p}'s name in the share, folded as SMB compares names; also {@link ParkedFiles}'s key. */
    static String key(SmbPath p) {
        return fold(p.shareName());
    }

    /** SMB compares names without case; folding both ways also merges pairs such as 'ß' and "SS". */
    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
