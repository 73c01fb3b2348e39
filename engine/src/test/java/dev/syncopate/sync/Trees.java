package dev.syncopate.sync;

import com.google.common.jimfs.Configuration;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
 * (without times and attributes), sorted, directories listed explicitly. Public for the tests of
 * the stages below the engine (execute), which build their trees the same way.
 */
public final class Trees {
    /** The run's fixed clock. */
    public static final Instant NOW = Instant.parse("2024-03-01T00:00:00Z");
    /** The default file time: ten days before the run, with all nine digits of nanoseconds. */
    public static final Instant T0 = NOW.minusSeconds(10 * 86_400).plusNanos(123_456_789);
    public static final long T0_NANOS = nanos(T0);

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
    static Instant offset(String text) {
        boolean days = text.endsWith("d");
        BigDecimal n = new BigDecimal(days ? text.substring(0, text.length() - 1) : text);
        BigDecimal nanos = n.multiply(BigDecimal.valueOf(days ? 86_400_000_000_000L : 1_000_000_000L));
        return T0.plusNanos(nanos.longValueExact());
    }

    static void attributes(Path p, String attrs) throws IOException {
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

    static Path resolve(Path base, String relative) {
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

    static long mtime(Path p) throws IOException {
        return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
    }

    static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    static List<String> sorted(String... entries) {
        List<String> l = new ArrayList<>(List.of(entries));
        l.sort(null);
        return l;
    }
}
