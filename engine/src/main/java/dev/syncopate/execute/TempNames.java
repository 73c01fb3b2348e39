package dev.syncopate.execute;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names of the temporary files a copy writes beside its target before renaming it into place.
 *
 * <pre>{@code
 * TempNames.name("report.pdf", 1234, 1_700_000_000_123_456_789L);  // ".syncopate.report.pdf.ya-cwyvpeni7w9h.part"
 * TempNames.isTemp(".syncopate.report.pdf.ya-cwyvpeni7w9h.part");   // true
 * TempNames.isTemp("report.pdf");                                   // false
 * }</pre>
 *
 * <p>The name carries the source version it is being written from (size and modification time,
 * base 36). That is how a {@code /Z} run recognises a partial file it may resume: a temp file's
 * own mtime cannot serve, because every write to it resets that mtime to "now". A temp file of
 * an older source version simply has another name and is removed by {@link TempCleaner}.
 *
 * <p>Names stay within 255 UTF-8 bytes, the limit of ext4, XFS, APFS and (counted in UTF-16 units,
 * never more than the UTF-8 bytes) NTFS: a target name too long for the decoration is cut at a
 * character boundary and followed by {@code ~} and a hash of the whole name, so two long names
 * with the same beginning still get different temp names.
 *
 * <p>A name can look like a temp and still be user data: a tree that was itself the destination of
 * an interrupted run, backed up in turn, holds the very temp names its copies would write to.
 * {@link #name(String, long, long, Predicate)} steps past such names, so a copy never writes to,
 * resumes from or renames away a file the source holds.
 *
 * <p>{@link #isTemp} is strict (prefix, version and suffix) because the walker hides what it
 * matches and the cleaner deletes it: a user's own file should practically never look like one.
 */
public final class TempNames {
    public static final String PREFIX = ".syncopate.";
    public static final String SUFFIX = ".part";
    /** The longest file name, in UTF-8 bytes, on the file systems Syncopate writes to. */
    public static final int MAX_NAME_BYTES = 255;

    // DOTALL: a Linux file name may hold a newline, and its temp must still be recognised.
    private static final Pattern TEMP = Pattern.compile("\\.syncopate\\..+\\.[0-9a-z]{1,13}-[0-9a-z]{1,13}\\.part",
            Pattern.DOTALL);
    private static final int HASH_CHARS = 16;

    private TempNames() {
    }

    /**
     * The temp name for a target file name and the source version being copied.
     *
     * @param targetName the target's file name (no directory)
     * @param size       the source size in bytes
     * @param mtimeNanos the source modification time, nanoseconds since the epoch
     */
    public static String name(String targetName, long size, long mtimeNanos) {
        String version = "." + Long.toString(size, 36) + "-" + Long.toUnsignedString(mtimeNanos, 36) + SUFFIX;
        String plain = PREFIX + targetName + version;
        if (utf8Length(plain) <= MAX_NAME_BYTES) {
            return plain;
        }
        String hash = "~" + hash(targetName);
        int budget = MAX_NAME_BYTES - utf8Length(PREFIX) - hash.length() - utf8Length(version);
        return PREFIX + truncateUtf8(targetName, budget) + hash + version;
    }

    /**
     * The temp name for a target and source version that is not {@code taken}: the plain
     * {@link #name(String, long, long) name} when it is free, else the temp name of that name, and
     * so on. Deterministic for the same names, so a {@code /Z} run finds its partial file again.
     *
     * @param taken true for a name that holds user data in this directory (a source name)
     */
    public static String name(String targetName, long size, long mtimeNanos, Predicate<String> taken) {
        String n = name(targetName, size, mtimeNanos);
        // Each step is a new, longer (or newly hashed) name, so this ends after at most as many
        // steps as there are taken names.
        while (taken.test(n)) {
            n = name(n, size, mtimeNanos);
        }
        return n;
    }

    /** The temp file beside {@code target} for the given source version. */
    public static Path path(Path target, long size, long mtimeNanos) {
        return target.resolveSibling(name(target.getFileName().toString(), size, mtimeNanos));
    }

    /** The temp name a copy request writes to; pass these to {@link TempCleaner} to keep them. */
    public static String name(CopyRequest request) {
        return request.tempName();
    }

    /** True when a directory entry's name is one of Syncopate's temp files. */
    public static boolean isTemp(String name) {
        // The cheap prefix test first: the walker asks this for every destination name.
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && TEMP.matcher(name).matches();
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} within {@code maxBytes} UTF-8 bytes, never splitting a character. */
    static String truncateUtf8(String s, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}
