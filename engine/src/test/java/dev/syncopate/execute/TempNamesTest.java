package dev.syncopate.execute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TempNamesTest {
    private static final long MTIME = 1_700_000_000_123_456_789L;

    @Test
    void namesCarryTheSourceVersion() {
        String n = TempNames.name("report.pdf", 1234, MTIME);
        assertEquals(".syncopate.report.pdf.ya-" + Long.toString(MTIME, 36) + ".part", n);
        assertEquals(n, TempNames.name("report.pdf", 1234, MTIME), "deterministic, so a later run finds it");
        assertNotEquals(n, TempNames.name("report.pdf", 1235, MTIME), "another size is another version");
        assertNotEquals(n, TempNames.name("report.pdf", 1234, MTIME + 1), "another mtime is another version");
    }

    @Test
    void pathIsBesideTheTarget(@TempDir Path dir) {
        Path target = dir.resolve("sub").resolve("a.txt");
        assertEquals(dir.resolve("sub").resolve(TempNames.name("a.txt", 5, MTIME)), TempNames.path(target, 5, MTIME));
        assertEquals(TempNames.name("a.txt", 5, MTIME), TempNames.name(CopyRequest.of(dir, target, 5, MTIME)));
    }

    @ParameterizedTest(name = "isTemp({0}) = {1}")
    @CsvSource({
            ".syncopate.a.txt.3-1a2b.part, true",
            ".syncopate..hidden.0-0.part, true",
            ".syncopate.a.b.c.zz-zzzzzzzzzzzz.part, true",
            "a.txt, false",
            ".syncopate.notes.part, false",          // a user's file: no version, never hidden or deleted
            ".syncopate.a.txt.3-1A2B.part, false",
            "syncopate.a.txt.3-1a.part, false",
            ".syncopate.a.txt.3-1a.part.bak, false",
            ".syncopate.3-1a.part, false",
    })
    void recognisesOnlyItsOwnNames(String name, boolean temp) {
        assertEquals(temp, TempNames.isTemp(name));
    }

    @Test
    void everyGeneratedNameIsRecognised() {
        assertTrue(TempNames.isTemp(TempNames.name("x", 0, 0)));
        assertTrue(TempNames.isTemp(TempNames.name("x", Long.MAX_VALUE, Long.MIN_VALUE)));
        assertTrue(TempNames.isTemp(TempNames.name("pre-1970", 10, -1)));
        assertTrue(TempNames.isTemp(TempNames.name("a".repeat(255), 10, MTIME)));
        assertTrue(TempNames.isTemp(TempNames.name("line\nbreak", 10, MTIME)), "Linux names may hold a newline");
    }

    @Test
    void longNamesAreShortenedWithAHash(@TempDir Path dir) throws Exception {
        String a = "a".repeat(240) + "-one.txt";
        String b = "a".repeat(240) + "-two.txt";
        String ta = TempNames.name(a, 99, MTIME);
        String tb = TempNames.name(b, 99, MTIME);
        assertTrue(ta.getBytes(StandardCharsets.UTF_8).length <= 255, ta);
        assertNotEquals(ta, tb, "same beginning, different names");
        assertEquals(ta, TempNames.name(a, 99, MTIME));
        assertTrue(TempNames.isTemp(ta));
        Files.writeString(dir.resolve(ta), "fits on ext4"); // the real limit, not just our arithmetic
    }

    @Test
    void shorteningNeverSplitsACharacter(@TempDir Path dir) throws Exception {
        String name = "é".repeat(100) + "😀".repeat(20) + ".txt"; // 200 + 80 + 4 bytes
        String t = TempNames.name(name, 1, MTIME);
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= 255);
        assertEquals(t, new String(bytes, StandardCharsets.UTF_8), "no lone surrogate, no cut sequence");
        Files.writeString(dir.resolve(t), "ok");
    }

    @Test
    void truncateCountsUtf8Bytes() {
        assertEquals("éé", TempNames.truncateUtf8("ééé", 5));
        assertEquals("", TempNames.truncateUtf8("😀", 3));
        assertEquals("😀", TempNames.truncateUtf8("😀x", 4));
    }

    @Test
    void aTakenNameIsSteppedPast() {
        String plain = TempNames.name("a", 10, MTIME);
        String next = TempNames.name(plain, 10, MTIME);
        assertEquals(plain, TempNames.name("a", 10, MTIME, n -> false));
        assertEquals(next, TempNames.name("a", 10, MTIME, plain::equals));
        assertEquals(TempNames.name(next, 10, MTIME), TempNames.name("a", 10, MTIME, n -> n.equals(plain) || n.equals(next)));
        assertTrue(TempNames.isTemp(next));
        String longName = "x".repeat(250);
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            String t = TempNames.name(longName, 1, MTIME, taken::contains);
            assertTrue(TempNames.isTemp(t) && TempNames.utf8Length(t) <= TempNames.MAX_NAME_BYTES, t);
            assertTrue(taken.add(t), "a new name each time: " + t);
        }
    }
}
