package dev.syncopate.scan;

/**
 * Robocopy's file attribute letters ({@code /A+ /A- /IA /XA} take strings of them).
 *
 * <p>On POSIX systems only three are real: {@link #READ_ONLY} (the owner has no write
 * permission), {@link #HIDDEN} (the name starts with a dot) and {@link #ARCHIVE}, which POSIX does
 * not have: every file counts as archive-flagged, so {@code /A} and {@code /M} select everything.
 * Where a {@code DosFileAttributeView} exists, R, A, S and H are read from it.
 *
 * <p>A scanned {@link Entry#attributes()} mask is made of these bits, which is why they live with
 * the listing; the switches only parse their letters ({@link #parseMask}).
 */
public enum Attribute {
    READ_ONLY('R'), ARCHIVE('A'), SYSTEM('S'), HIDDEN('H'), COMPRESSED('C'), NOT_INDEXED('N'),
    ENCRYPTED('E'), TEMPORARY('T'), OFFLINE('O');

    private final char letter;

    Attribute(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The bit of this attribute in an attribute mask ({@code 1 << ordinal()}). */
    public int bit() {
        return 1 << ordinal();
    }

    /**
     * Parses a string such as {@code RASH} into a mask.
     *
     * @throws IllegalArgumentException naming the first letter that is not one of {@code RASCNETO}
     */
    public static int parseMask(String letters) {
        int mask = 0;
        outer:
        for (char c : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            for (Attribute a : values()) {
                if (a.letter == c) {
                    mask |= a.bit();
                    continue outer;
                }
            }
            throw new IllegalArgumentException("invalid attribute '" + c + "' in '" + letters + "' (use RASHCNETO)");
        }
        return mask;
    }

    /** The letters of a mask in Robocopy's order, e.g. {@code RH}. */
    public static String letters(int mask) {
        StringBuilder b = new StringBuilder();
        for (Attribute a : values()) {
            if ((mask & a.bit()) != 0) {
                b.append(a.letter);
            }
        }
        return b.toString();
    }
}
