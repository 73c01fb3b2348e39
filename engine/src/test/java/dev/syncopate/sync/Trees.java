package dev.syncopate.sync;

import com.google.common.jimfs.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Trees written as short strings, so a scenario reads like a listing:
 * <pre>
 * "sub/"                 a directory
 * "a.txt=hello"          a file holding "hello", modified at {@link #T0}
 * "a.txt=hello@+5"       ... at T0 + 5 s ("@-3d": three days before T0, "@+0.5": half a second after)
 * "a.txt=hello#rw-------" POSIX permissions (file systems with a posix view)
 * "a.txt=hello#RH"       DOS attributes R A S H (file systems with a dos view)
 * "ln->sub/a.txt"        a symbolic link with that target text
 * </pre>
 * Parent directories are created as needed. {@link #snapshot} reads a tree back in the same form
 * (without times and attributes), sorted, directories listed explicitly.
 *
 * <p>The one tree helper of every module's tests (the engine's test-jar), on jimfs or the real disk:
 * <pre>{@code
 * Trees.file(src, "docs/a.txt", "alpha");                  // one file, parents made (files(...) for several)
 * Trees.sample(local);                                     // a.txt, b.bin, sub/c.bin, sub/deeper/d.bin (5 MiB), empty/
 * assertEquals(Trees.contents(src), Trees.contents(dst));  // names, sizes, CRCs and mtimes (ms)
 * // {"docs"="dir", "docs/a.txt"="file 5 crc=1f0e... mtime=1763777700000"}
 * }</pre>
 */
public final class Trees {
    /** The run's fixed clock. */
    public static final Instant NOW = Instant.parse("2024-03-01T00:00:00Z");
    /** The default file time: ten days before the run, with all nine digits of nanoseconds. */
    public static final Instant T0 = NOW.minusSeconds(10 * 86_400).plusNanos(123_456_789);
    public static final long T0_NANOS = nanos(T0);
    /** {@link #sample}'s file time; nanoseconds on purpose: SFTP v3 keeps seconds, a second run must copy nothing. */
    public static final long SAMPLE_MTIME_NANOS = 1_700_000_000_123_456_789L;

    /** The two file systems every scenario runs on. */
    public enum Fs {
        UNIX(Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").build()),
        WINDOWS(Configuration.windows().toBuilder().setAttributeViews("basic", "owner", "dos").build());

        public final Configuration config;

        Fs(Configuration config) {
            this.config = config;
        }
    }

    private Trees() {
    }

    public static void build(Path base, String... spec) throws IOException {
        Files.createDirectories(base);
        for (String s : spec) {
            int arrow = s.indexOf("->");
            if (arrow > 0) {
                Path link = resolve(base, s.substring(0, arrow));
                Files.createDirectories(link.getParent());
                String target = s.substring(arrow + 2).replace("/", base.getFileSystem().getSeparator());
                Files.createSymbolicLink(link, base.getFileSystem().getPath(target));
            } else if (s.endsWith("/")) {
                Files.createDirectories(resolve(base, s));
            } else {
                writeFile(base, s);
            }
        }
    }

    private static void writeFile(Path base, String s) throws IOException {
        int eq = s.indexOf('=');
        String rest = eq < 0 ? "" : s.substring(eq + 1);
        String attrs = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            attrs = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        Instant mtime = T0;
        int at = rest.indexOf('@');
        if (at >= 0) {
            mtime = offset(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Path p = resolve(base, eq < 0 ? s : s.substring(0, eq));
        Files.createDirectories(p.getParent());
        Files.writeString(p, rest);
        if (attrs != null) {
            attributes(p, attrs);
        }
        Files.setLastModifiedTime(p, FileTime.from(mtime));
    }

    /** "+5", "-3d", "+0.5": seconds (or days) from T0. */
    public static Instant offset(String text) {
        boolean days = text.endsWith("d");
        BigDecimal n = new BigDecimal(days ? text.substring(0, text.length() - 1) : text);
        BigDecimal nanos = n.multiply(BigDecimal.valueOf(days ? 86_400_000_000_000L : 1_000_000_000L));
        return T0.plusNanos(nanos.longValueExact());
    }

    public static void attributes(Path p, String attrs) throws IOException {
        if (attrs.length() == 9 && attrs.matches("[r-][w-][x-][r-][w-][x-][r-][w-][x-]")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(attrs));
            return;
        }
        DosFileAttributeView dos = Files.getFileAttributeView(p, DosFileAttributeView.class);
        dos.setReadOnly(attrs.contains("R"));
        dos.setArchive(attrs.contains("A"));
        dos.setSystem(attrs.contains("S"));
        dos.setHidden(attrs.contains("H"));
    }

    public static Path resolve(Path base, String relative) {
        Path p = base;
        for (String part : relative.split("/")) {
            if (!part.isEmpty()) {
                p = p.resolve(part);
            }
        }
        return p;
    }

    /** The tree under {@code base} in spec form; {@code ["<absent>"]} when base does not exist. */
    public static List<String> snapshot(Path base) throws IOException {
        if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
            return List.of("<absent>");
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : s.filter(p -> !p.equals(base)).toList()) {
                String rel = base.relativize(p).toString().replace(base.getFileSystem().getSeparator(), "/");
                if (Files.isSymbolicLink(p)) {
                    out.add(rel + "->" + Files.readSymbolicLink(p).toString()
                            .replace(base.getFileSystem().getSeparator(), "/"));
                } else if (Files.isDirectory(p)) {
                    out.add(rel + "/");
                } else {
                    out.add(rel + "=" + Files.readString(p));
                }
            }
        }
        out.sort(null);
        return out;
    }

    public static long mtime(Path p) throws IOException {
        return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
    }

    public static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    public static List<String> sorted(String... entries) {
        List<String> l = new ArrayList<>(List.of(entries));
        l.sort(null);
        return l;
    }

    /** Writes a UTF-8 file, creating its directories. */
    public static Path file(Path root, String relative, String content) {
        Path p = root.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Like {@link #file(Path, String, String)}, with a given modification time. */
    public static Path file(Path root, String relative, String content, Instant mtime) {
        Path p = file(root, relative, content);
        touch(p, mtime);
        return p;
    }

    /** Files with the given relative paths and contents: {@code files(src, "a.txt", "A", "d/b.txt", "B")}. */
    public static Path files(Path root, String... pathsAndContents) {
        dir(root, "");
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            file(root, pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return root;
    }

    public static Path dir(Path root, String relative) {
        try {
            return Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void touch(Path p, Instant mtime) {
        try {
            Files.setLastModifiedTime(p, FileTime.from(mtime));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** a.txt (0 bytes), b.bin, sub/c.bin, sub/deeper/d.bin (5 MiB) of random bytes, and empty/. */
    public static void sample(Path root) throws IOException {
        randomFile(root.resolve("a.txt"), 0, 1);
        randomFile(root.resolve("b.bin"), 1024, 2);
        randomFile(root.resolve("sub/c.bin"), 100 * 1024 + 7, 3);
        randomFile(root.resolve("sub/deeper/d.bin"), 5 * 1024 * 1024 + 3, 4);
        Files.createDirectories(root.resolve("empty"));
    }

    /** A file of random bytes modified at {@link #SAMPLE_MTIME_NANOS} plus {@code seed} seconds. */
    public static Path randomFile(Path p, int size, int seed) throws IOException {
        Files.createDirectories(p.getParent());
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        Files.write(p, b);
        Files.setLastModifiedTime(p, FileTime.from(SAMPLE_MTIME_NANOS + seed * 1_000_000_000L, TimeUnit.NANOSECONDS));
        return p;
    }

    /** {@link #contents(Path, Duration)} in milliseconds, what every file system the tests meet keeps. */
    public static SortedMap<String, String> contents(Path root) {
        return contents(root, Duration.ofMillis(1));
    }

    /**
     * Every entry below {@code root} by relative path with '/': {@code dir}, {@code file <size> crc=..
     * mtime=<t>} with the time in whole {@code steps} since the epoch (a second for SFTP v3, 100 ns for
     * SMB), or {@code link -> target}. An absent root is an empty map.
     */
    public static SortedMap<String, String> contents(Path root, Duration step) {
        SortedMap<String, String> m = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return m;
        }
        String separator = root.getFileSystem().getSeparator();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.equals(root)) {
                    m.put(root.relativize(p).toString().replace(separator, "/"), describe(p, step));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The contents without the given relative paths and everything below them. */
    public static SortedMap<String, String> without(SortedMap<String, String> tree, String... paths) {
        SortedMap<String, String> m = new TreeMap<>(tree);
        for (String p : paths) {
            m.keySet().removeIf(k -> k.equals(p) || k.startsWith(p + "/"));
        }
        return m;
    }

    private static String describe(Path p, Duration step) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            return "link -> " + Files.readSymbolicLink(p);
        }
        if (a.isDirectory()) {
            return "dir";
        }
        Instant t = a.lastModifiedTime().toInstant();
        long steps = Math.floorDiv(nanos(t), step.toNanos());
        return "file " + a.size() + " crc=" + Long.toHexString(crc(p)) + " mtime=" + steps;
    }

    /** The CRC-32C of a file's bytes, read in 64 KiB pieces (the tests copy files of 100 MiB). */
    public static long crc(Path p) throws IOException {
        CRC32C c = new CRC32C();
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                c.update(buf, 0, n);
            }
        }
        return c.getValue();
    }
}
