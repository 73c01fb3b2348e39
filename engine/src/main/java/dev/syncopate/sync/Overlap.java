package dev.syncopate.sync;

import dev.syncopate.scan.NameKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * How a source and a destination lie to each other when one contains the other. Judged on real paths
 * where they exist (a link or {@code ..} that leads into the other tree counts), name by name as the
 * file system compares them (without case on a case-insensitive one), and across two remote file systems
 * opened on one server ({@link RemoteOrigin}).
 *
 * <pre>{@code
 * Overlap o = Overlap.between(Path.of("/srv/s"), Path.of("/srv/s/sub/x"));
 * o.kind();       // DESTINATION_INSIDE_SOURCE
 * o.relative();   // "sub/x"
 * }</pre>
 *
 * @param kind  which contains which
 * @param inner the names leading from the outer directory to the inner one (empty when they are the same)
 */
record Overlap(Kind kind, List<String> inner) {
    enum Kind { SAME, DESTINATION_INSIDE_SOURCE, SOURCE_INSIDE_DESTINATION }

    Overlap {
        inner = List.copyOf(inner);
    }

    /** The inner directory below the outer one, {@code /}-separated. */
    String relative() {
        return String.join("/", inner);
    }

    /** How {@code source} and {@code destination} overlap, or null when neither contains the other. */
    static Overlap between(Path source, Path destination) {
        Path s = canonical(source);
        Path d = canonical(destination);
        if (!samePlace(s, d)) {
            return null;
        }
        NameKey key = NameKey.forFileSystems(s.getFileSystem(), d.getFileSystem());
        List<String> sk = keys(s, key);
        List<String> dk = keys(d, key);
        if (sk.equals(dk) || sameFile(s, d)) {
            return new Overlap(Kind.SAME, List.of());
        }
        if (startsWith(dk, sk)) {
            return new Overlap(Kind.DESTINATION_INSIDE_SOURCE, names(d).subList(sk.size() - 1, dk.size() - 1));
        }
        if (startsWith(sk, dk)) {
            return new Overlap(Kind.SOURCE_INSIDE_DESTINATION, names(s).subList(dk.size() - 1, sk.size() - 1));
        }
        return null;
    }

    private static boolean samePlace(Path a, Path b) {
        if (a.getFileSystem() == b.getFileSystem()) {
            return true;
        }
        return a.getFileSystem() instanceof RemoteOrigin x && b.getFileSystem() instanceof RemoteOrigin y
                && x.origin().equals(y.origin());
    }

    /** One directory under two names the real path does not unify (a bind mount): the same file key. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return a.getFileSystem() == b.getFileSystem() && Files.exists(a) && Files.exists(b)
                    && Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(List<String> longer, List<String> prefix) {
        return longer.size() > prefix.size() && longer.subList(0, prefix.size()).equals(prefix);
    }

    /** The root, then each name, as the file system compares them. */
    private static List<String> keys(Path p, NameKey key) {
        List<String> out = new ArrayList<>();
        out.add(key.of(String.valueOf(p.getRoot())));
        for (String n : names(p)) {
            out.add(key.of(n));
        }
        return out;
    }

    private static List<String> names(Path p) {
        List<String> out = new ArrayList<>(p.getNameCount());
        for (Path n : p) {
            out.add(n.toString());
        }
        return out;
    }

    /**
     * The real path of the longest part that exists, with the rest appended: a destination that is still
     * to be created is compared too, and a link in its existing part is seen through.
     */
    static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Deque<String> missing = new ArrayDeque<>();
        for (Path at = abs; at != null; at = at.getParent()) {
            try {
                Path real = at.toRealPath();
                for (String name : missing) {
                    real = real.resolve(name);
                }
                return real;
            } catch (IOException | RuntimeException e) {
                // Missing, unreadable, or a file system without real paths: try the parent, else compare as given.
                if (at.getFileName() != null) {
                    missing.push(at.getFileName().toString());
                }
            }
        }
        return abs;
    }
}
