package dev.syncopate.remote.smb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a local directory tree holds, to compare two trees in one assertion: per relative path, the
 * type, size, SHA-256 and the modification time in the 100 ns steps SMB keeps.
 *
 * <pre>{@code
 * assertEquals(TreeSnapshot.of(source), TreeSnapshot.of(smb.dir(SambaServer.DATA).resolve("tree")));
 * }</pre>
 */
record TreeSnapshot(Map<String, String> entries) {

    static TreeSnapshot of(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> !p.equals(root)).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                String rel = root.relativize(p).toString();
                m.put(rel, a.isDirectory() ? "dir" : "file " + a.size() + " " + sha256(p) + " @" + ticks(a));
            }
        }
        return new TreeSnapshot(m);
    }

    /** The modification time in 100 ns steps: what survives a trip through SMB. */
    static long ticks(BasicFileAttributes a) {
        var t = a.lastModifiedTime().toInstant();
        return t.getEpochSecond() * 10_000_000L + t.getNano() / 100;
    }

    static String sha256(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
