package dev.syncopate.scan;

import dev.syncopate.fs.CaseInsensitiveNames;

import java.nio.file.FileSystem;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two names are joined by: Unicode NFC always (so {@code é} written two ways is one name),
 * and case-folded when either side ignores case (Windows, macOS), so {@code A.txt} and
 * {@code a.txt} are one file there, as the file system itself sees it. It belongs to the listing:
 * {@link DirectoryLister} sorts by it, and the march joins two listings sorted by the same key.
 *
 * <pre>{@code
 * NameKey key = NameKey.forFileSystems(src.getFileSystem(), dst.getFileSystem());
 * key.of("Caf\u0065\u0301");   // "Café" in NFC (lower-cased when case-insensitive)
 * }</pre>
 */
public final class NameKey {
    private final boolean foldCase;

    private NameKey(boolean foldCase) {
        this.foldCase = foldCase;
    }

    public static NameKey exact() {
        return new NameKey(false);
    }

    public static NameKey caseInsensitive() {
        return new NameKey(true);
    }

    /** Case-insensitive when either file system is (judged by its separator, the OS or {@link CaseInsensitiveNames}). */
    public static NameKey forFileSystems(FileSystem source, FileSystem destination) {
        return new NameKey(ignoresCase(source) || ignoresCase(destination));
    }

    private static boolean ignoresCase(FileSystem fs) {
        if (fs instanceof CaseInsensitiveNames || "\\".equals(fs.getSeparator())) {
            return true;
        }
        boolean defaultFs = fs == java.nio.file.FileSystems.getDefault();
        return defaultFs && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }

    public boolean foldsCase() {
        return foldCase;
    }

    public String of(String name) {
        String n = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
        return foldCase ? n.toLowerCase(Locale.ROOT) : n;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
