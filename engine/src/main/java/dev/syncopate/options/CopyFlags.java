package dev.syncopate.options;

import java.util.Locale;

/**
 * What to copy besides the data, as Robocopy's {@code /COPY:DATSOU} and {@code /DCOPY:DAT} letters.
 *
 * <pre>{@code
 * CopyFlags f = CopyFlags.parse("DAT");   // the default for files
 * f.times();                              // true
 * }</pre>
 *
 * @param data       D: file contents
 * @param attributes A: attributes (POSIX permission bits, or DOS RASH where the platform has them)
 * @param times      T: modification time (and access/creation time where supported)
 * @param security   S: ACLs where the platform allows (POSIX: same as attributes)
 * @param owner      O: owner and group where the platform allows
 * @param auditing   U: auditing information (Windows only; accepted and ignored elsewhere)
 */
public record CopyFlags(boolean data, boolean attributes, boolean times, boolean security, boolean owner,
                        boolean auditing) {

    /** Robocopy's default for files, {@code /COPY:DAT}. */
    public static final CopyFlags DEFAULT_FILES = new CopyFlags(true, true, true, false, false, false);
    /** Robocopy's default for directories, {@code /DCOPY:DA}. */
    public static final CopyFlags DEFAULT_DIRS = new CopyFlags(true, true, false, false, false, false);
    /** {@code /COPYALL}: {@code /COPY:DATSOU}. */
    public static final CopyFlags ALL = new CopyFlags(true, true, true, true, true, true);
    /** {@code /NOCOPY}: nothing, used with {@code /PURGE} to only delete. */
    public static final CopyFlags NONE = new CopyFlags(false, false, false, false, false, false);

    /**
     * Parses the letters of {@code /COPY:} or {@code /DCOPY:} (case-insensitive). {@code E} (extended
     * attributes, DCOPY) and {@code X} (skip alternate data streams) are accepted and have no effect.
     *
     * @throws IllegalArgumentException naming the first letter that is not one of {@code DATSOUEX}
     */
    public static CopyFlags parse(String letters) {
        boolean d = false, a = false, t = false, s = false, o = false, u = false;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'D' -> d = true;
                case 'A' -> a = true;
                case 'T' -> t = true;
                case 'S' -> s = true;
                case 'O' -> o = true;
                case 'U' -> u = true;
                case 'E', 'X' -> { }
                default -> throw new IllegalArgumentException("invalid copy flag '" + c + "' in '" + letters + "'");
            }
        }
        return new CopyFlags(d, a, t, s, o, u);
    }

    /** The letters in Robocopy's order, e.g. {@code DAT}; empty for {@link #NONE}. */
    public String letters() {
        StringBuilder b = new StringBuilder();
        if (data) b.append('D');
        if (attributes) b.append('A');
        if (times) b.append('T');
        if (security) b.append('S');
        if (owner) b.append('O');
        if (auditing) b.append('U');
        return b.toString();
    }
}
