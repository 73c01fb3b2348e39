package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What RemoteSftpIT and RemoteSmbIT share: the source tree they sync, private credential files, the
 * one-line failure and the never-shown password.
 *
 * <pre>{@code
 * Path src = RemoteRuns.source(tmp.resolve("src"));            // a.txt, docs/b.txt, docs/deep/c.txt at T0
 * Path pw = RemoteRuns.privateFile(tmp.resolve("fs.pw"), password + "\n");   // chmod 600
 * String line = RemoteRuns.oneLine(result);                    // the only stderr line
 * RemoteRuns.assertNowhere(password, r.stdout(), r.stderr(), Trees.read(log));
 * }</pre>
 */
final class RemoteRuns {
    /** Whole seconds: SFTP v3 keeps no more, so a tree copied there and back compares equal to the millisecond. */
    static final Instant T0 = Instant.parse("2026-03-01T07:30:00Z");

    /** The shipped sample data, and what the remote examples copy of it: no *.tmp files, no cache folder. */
    static final Path SAMPLE = Launcher.REPO.resolve("examples").resolve("sample-data");
    static final SortedMap<String, String> SAMPLE_COPY =
            Trees.without(Trees.contents(SAMPLE), "docs/reports/draft.tmp", "cache");
    private static final Pattern MTIME = Pattern.compile("mtime=(\\d+)");

    private RemoteRuns() {
    }

    /**
     * A {@link Trees#snapshot} with its times cut to whole seconds: what a server that keeps seconds (SFTP v3)
     * holds of a local tree whose times have milliseconds.
     */
    static SortedMap<String, String> toTheSecond(SortedMap<String, String> tree) {
        SortedMap<String, String> m = new TreeMap<>();
        tree.forEach((k, v) -> m.put(k, MTIME.matcher(v)
                .replaceAll(t -> "mtime=" + Long.parseLong(t.group(1)) / 1000 * 1000)));
        return m;
    }

    /** A small tree with subfolders, all at {@link #T0}. */
    static Path source(Path root) {
        Trees.file(root, "a.txt", "alpha", T0);
        Trees.file(root, "docs/b.txt", "bravo bravo", T0);
        Trees.file(root, "docs/deep/c.txt", "charlie ".repeat(1000), T0);
        Trees.file(root, "empty/.keep", "", T0);
        return root;
    }

    /** Writes {@code text} to a file only its owner may read (chmod 600), as password and credentials files must be. */
    static Path privateFile(Path file, String text) {
        return withMode(Trees.file(file.getParent(), file.getFileName().toString(), text), "rw-------");
    }

    static Path withMode(Path file, String mode) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The single line on stderr (the CLI's whole report of a location it could not open), without "syncopate: ". */
    static String oneLine(Launcher.Result r) {
        assertEquals(1, r.stderrLines().size(), () -> "one stderr line; " + r);
        String line = r.stderrLines().getFirst();
        assertFalse(line.isBlank(), r::toString);
        return line;
    }

    /** Fails naming the text that shows {@code secret}. */
    static void assertNowhere(String secret, String... texts) {
        for (String t : texts) {
            assertFalse(t.contains(secret), () -> "the password shows in:\n" + t);
        }
    }

    /** A Groovy single-quoted string literal. */
    static String q(Object value) {
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A port on 127.0.0.1 that was free a moment ago: nobody listens, connections are refused. */
    static int closedPort() {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code mb} MiB of seeded random bytes: incompressible, so no transport shortcut hides a lost connection. */
    static Path randomFile(Path file, int mb) {
        Random random = new Random(7);
        byte[] block = new byte[1024 * 1024];
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < mb; i++) {
                    random.nextBytes(block);
                    out.write(block);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Trees.touch(file, T0);
        return file;
    }

    static long crc(Path file) {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                crc.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crc.getValue();
    }
}
