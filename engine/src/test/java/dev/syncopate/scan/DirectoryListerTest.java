package dev.syncopate.scan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.syncopate.scan.JimfsTrees.T;
import static dev.syncopate.scan.JimfsTrees.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryListerTest {
    static final String E_NFC = "\u00e9", E_NFD = "e\u0301";

    FileSystem fs;

    @AfterEach
    void close() throws IOException {
        fs.close();
    }

    static DirectoryLister lister(FileSystem fs, NameKey key, boolean follow) {
        return new DirectoryLister(AttributeReader.forFileSystem(fs), key, follow);
    }

    static List<String> names(Listing l) {
        return l.entries().stream().map(Entry::name).toList();
    }

    /** Names are created in the given order; the listing comes back in key order. */
    @ParameterizedTest(name = "{0} file system, {1} key: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            unix    | exact | b c A a B d     | A B a b c d
            unix    | fold  | b c A d         | A b c d
            unix    | exact | z.txt a.txt m   | a.txt m z.txt
            unix    | exact | a-b a.b a_b a   | a a-b a.b a_b
            windows | exact | b C a           | C a b
            windows | fold  | b C a           | a b C
            """)
    void sortedByKey(String system, String key, String created, String expected) throws IOException {
        fs = system.equals("unix") ? JimfsTrees.unix() : JimfsTrees.windows();
        Path work = JimfsTrees.work(fs);
        for (String name : created.split(" ")) {
            file(work, name, "", T);
        }
        NameKey k = key.equals("fold") ? NameKey.caseInsensitive() : NameKey.exact();
        Listing l = lister(fs, k, true).list(work);
        assertTrue(l.exists());
        assertFalse(l.failed());
        assertEquals(Arrays.asList(expected.split(" ")), names(l));
    }

    @Test
    void sortedByNormalisedName() throws IOException {
        fs = JimfsTrees.unix();
        Path work = JimfsTrees.work(fs);
        // "é" decomposed sorts as "é" (after "z" in UTF-16 order), not as "e" followed by an accent.
        for (String name : List.of("f", "z", "caf" + E_NFD + "2", "caf" + E_NFC + "1", "cafe")) {
            file(work, name, "", T);
        }
        assertEquals(List.of("cafe", "caf" + E_NFC + "1", "caf" + E_NFD + "2", "f", "z"),
                names(lister(fs, NameKey.exact(), true).list(work)));
    }

    @Test
    void entriesCarryTheirAttributes() throws IOException {
        fs = JimfsTrees.unix();
        Path work = JimfsTrees.work(fs);
        file(work, "a.txt", "hello", T);
        Files.createDirectory(work.resolve("sub"));
        Listing l = lister(fs, NameKey.exact(), true).list(work);
        assertEquals(2, l.entries().size());
        Entry a = l.entries().get(0);
        assertEquals("a.txt", a.name());
        assertEquals(EntryType.FILE, a.type());
        assertEquals(5, a.size());
        assertEquals(JimfsTrees.T_NANOS, a.mtime());
        assertEquals(EntryType.DIRECTORY, l.entries().get(1).type());
    }

    @Test
    void emptyDirectory() throws IOException {
        fs = JimfsTrees.unix();
        Listing l = lister(fs, NameKey.exact(), true).list(JimfsTrees.work(fs));
        assertTrue(l.exists());
        assertFalse(l.failed());
        assertTrue(l.entries().isEmpty());
        assertNull(l.error());
    }

    @Test
    void absentDirectoryIsAbsentNotFailed() throws IOException {
        for (FileSystem f : List.of(JimfsTrees.unix(), JimfsTrees.windows())) {
            fs = f;
            Path work = JimfsTrees.work(fs);
            Listing l = lister(fs, NameKey.exact(), true).list(work.resolve("nope"));
            assertSame(Listing.ABSENT, l);
            assertFalse(l.exists());
            assertFalse(l.failed());
            assertTrue(l.entries().isEmpty());
            Listing deeper = lister(fs, NameKey.exact(), true).list(work.resolve("nope/deeper"));
            assertSame(Listing.ABSENT, deeper);
            fs.close();
        }
        fs = JimfsTrees.unix();
    }

    @Test
    void aFileInsteadOfADirectoryFails() throws IOException {
        fs = JimfsTrees.unix();
        Path f = file(JimfsTrees.work(fs), "plain", "x", T);
        Listing l = lister(fs, NameKey.exact(), true).list(f);
        assertTrue(l.failed());
        assertTrue(l.exists(), "a failed listing is never mistaken for an absent directory");
        assertTrue(l.entries().isEmpty());
        assertInstanceOf(NotDirectoryException.class, l.error());
    }

    @Test
    void linksFollowedOrKept() throws IOException {
        fs = JimfsTrees.unix();
        Path work = JimfsTrees.work(fs);
        Path target = file(work, "target", "0123", T);
        Path dir = Files.createDirectory(work.resolve("dir"));
        Files.createSymbolicLink(work.resolve("to-file"), target);
        Files.createSymbolicLink(work.resolve("to-dir"), dir);
        Files.createSymbolicLink(work.resolve("to-nothing"), work.resolve("missing"));

        Listing followed = lister(fs, NameKey.exact(), true).list(work);
        assertEquals(List.of("dir", "target", "to-dir", "to-file", "to-nothing"), names(followed));
        assertEquals(List.of(EntryType.DIRECTORY, EntryType.FILE, EntryType.DIRECTORY, EntryType.FILE,
                EntryType.SYMLINK), followed.entries().stream().map(Entry::type).toList());
        assertEquals(List.of(false, false, true, true, true),
                followed.entries().stream().map(Entry::link).toList());
        assertEquals(4, followed.entries().get(3).size());

        Listing kept = lister(fs, NameKey.exact(), false).list(work);
        assertEquals(List.of(EntryType.DIRECTORY, EntryType.FILE, EntryType.SYMLINK, EntryType.SYMLINK,
                EntryType.SYMLINK), kept.entries().stream().map(Entry::type).toList());
    }

    @Test
    void listingThroughALinkedDirectory() throws IOException {
        fs = JimfsTrees.unix();
        Path work = JimfsTrees.work(fs);
        Path dir = Files.createDirectory(work.resolve("dir"));
        file(dir, "inside", "", T);
        Path alias = Files.createSymbolicLink(work.resolve("alias"), dir);
        assertEquals(List.of("inside"), names(lister(fs, NameKey.exact(), false).list(alias)));
    }

    @Test
    void windowsListing() throws IOException {
        fs = JimfsTrees.windows();
        Path work = JimfsTrees.work(fs);
        Path hidden = file(work, "Hidden.txt", "abc", T);
        Files.setAttribute(hidden, "dos:hidden", true);
        Files.createDirectory(work.resolve("Sub"));
        Listing l = lister(fs, NameKey.caseInsensitive(), true).list(work);
        assertEquals(List.of("Hidden.txt", "Sub"), names(l));
        Entry h = l.entries().get(0);
        assertEquals(-1, h.mode());
        assertEquals(Attribute.HIDDEN.bit(), h.attributes());
        assertTrue(l.entries().get(1).isDirectory());
    }
}
