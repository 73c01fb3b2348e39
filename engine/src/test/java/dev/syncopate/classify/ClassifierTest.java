package dev.syncopate.classify;

import dev.syncopate.scan.Attribute;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ClassifierTest {
    static final long T = 1_700_000_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final int R = Attribute.READ_ONLY.bit(), A = Attribute.ARCHIVE.bit(), S = Attribute.SYSTEM.bit(),
            H = Attribute.HIDDEN.bit(), C = Attribute.COMPRESSED.bit(), N = Attribute.NOT_INDEXED.bit();

    static Entry file(long size, long mtime, int mode, int attributes) {
        return new Entry("f", EntryType.FILE, size, mtime, mode, attributes, false, null);
    }

    /** A POSIX file: mode bits, and the attributes POSIX derives. */
    static Entry posix(long size, long mtime, int mode) {
        return file(size, mtime, mode, A);
    }

    /** A Windows file: no mode, RASH attributes. */
    static Entry dos(long size, long mtime, int attributes) {
        return file(size, mtime, -1, attributes);
    }

    static Entry dir(long mtime) {
        return new Entry("f", EntryType.DIRECTORY, 0, mtime, 0755, A, false, null);
    }

    static Entry link(long mtime) {
        return new Entry("f", EntryType.SYMLINK, 0, mtime, 0777, A, true, null);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // name, source, destination, FFT, DST, expected
                arguments("newer", posix(10, T + SECOND, 0644), posix(10, T, 0644), false, false, FileClass.NEWER),
                arguments("older", posix(10, T - SECOND, 0644), posix(10, T, 0644), false, false, FileClass.OLDER),
                arguments("changed: same time, other size", posix(11, T, 0644), posix(10, T, 0644), false, false,
                        FileClass.CHANGED),
                arguments("changed: empty vs not", posix(0, T, 0644), posix(10, T, 0644), false, false,
                        FileClass.CHANGED),
                arguments("same", posix(10, T, 0644), posix(10, T, 0644), false, false, FileClass.SAME),
                arguments("same: second-resolution destination", posix(10, T + 999_999_999L, 0644),
                        posix(10, T, 0644), false, false, FileClass.SAME),
                arguments("tweaked: 0644 vs 0600", posix(10, T, 0644), posix(10, T, 0600), false, false,
                        FileClass.TWEAKED),
                arguments("tweaked: executable bit", posix(10, T, 0755), posix(10, T, 0644), false, false,
                        FileClass.TWEAKED),
                arguments("same: POSIX modes equal, derived attributes differ", file(10, T, 0644, A | H),
                        file(10, T, 0644, A), false, false, FileClass.SAME),
                arguments("tweaked: read-only on Windows", dos(10, T, A | R), dos(10, T, A), false, false,
                        FileClass.TWEAKED),
                arguments("tweaked: hidden on Windows", dos(10, T, H), dos(10, T, 0), false, false,
                        FileClass.TWEAKED),
                arguments("tweaked: system on Windows", dos(10, T, S | A), dos(10, T, A), false, false,
                        FileClass.TWEAKED),
                arguments("tweaked: archive on Windows", dos(10, T, A), dos(10, T, 0), false, false,
                        FileClass.TWEAKED),
                arguments("same: only non-RASH attributes differ", dos(10, T, A | C | N), dos(10, T, A), false, false,
                        FileClass.SAME),
                arguments("same: RASH equal", dos(10, T, R | A | S | H), dos(10, T, R | A | S | H), false, false,
                        FileClass.SAME),
                arguments("same: mode on one side only (POSIX to Windows)", posix(10, T, 0644), dos(10, T, R | H),
                        false, false, FileClass.SAME),
                arguments("same: mode on one side only (Windows to POSIX)", dos(10, T, R | H), posix(10, T, 0600),
                        false, false, FileClass.SAME),
                // the order of the checks: time, then size, then attributes
                arguments("newer wins over changed", posix(11, T + SECOND, 0644), posix(10, T, 0644), false, false,
                        FileClass.NEWER),
                arguments("older wins over changed", posix(11, T - SECOND, 0644), posix(10, T, 0644), false, false,
                        FileClass.OLDER),
                arguments("changed wins over tweaked", posix(11, T, 0755), posix(10, T, 0644), false, false,
                        FileClass.CHANGED),
                arguments("newer wins over tweaked", posix(10, T + SECOND, 0755), posix(10, T, 0644), false, false,
                        FileClass.NEWER),
                // the time switches reach the classifier
                arguments("FFT: one second apart is same", posix(10, T + SECOND, 0644), posix(10, T, 0644), true,
                        false, FileClass.SAME),
                arguments("FFT: one second apart, other size is changed", posix(11, T + SECOND, 0644),
                        posix(10, T, 0644), true, false, FileClass.CHANGED),
                arguments("DST: an hour apart is same", posix(10, T + 3600 * SECOND, 0644), posix(10, T, 0644),
                        false, true, FileClass.SAME),
                arguments("no DST: an hour apart is newer", posix(10, T + 3600 * SECOND, 0644), posix(10, T, 0644),
                        false, false, FileClass.NEWER),
                // file on one side, directory on the other
                arguments("mismatch: file vs directory", posix(10, T, 0644), dir(T), false, false,
                        FileClass.MISMATCH),
                arguments("mismatch: directory vs file", dir(T), posix(10, T, 0644), false, false,
                        FileClass.MISMATCH),
                arguments("mismatch: link kept as link vs directory", link(T), dir(T), false, false,
                        FileClass.MISMATCH),
                arguments("directories are same whatever their times", dir(T + 99 * SECOND), dir(T), false, false,
                        FileClass.SAME),
                arguments("links kept as links compare like files", link(T + SECOND), link(T), false, false,
                        FileClass.NEWER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void classify(String name, Entry source, Entry destination, boolean fft, boolean dst, FileClass expected) {
        assertEquals(expected, new Classifier(new TimeComparison(fft, dst)).classify(source, destination));
    }
}
