package dev.syncopate.scan;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NameKeyTest {

    /** {@code \}{@code u} escapes are written as {@code <xxxx>} so the table shows which form a name is in. */
    @ParameterizedTest(name = "{0}: ''{1}'' -> ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            exact       | Report.TXT              | Report.TXT
            exact       | caf<0065><0301>         | caf<00e9>
            exact       | caf<00e9>               | caf<00e9>
            exact       | <0041><030a>ngstr<00f6>m | <00c5>ngstr<00f6>m
            exact       | <00c9>COLE              | <00c9>COLE
            exact       | <1100><1161>            | <ac00>
            folded      | Report.TXT              | report.txt
            folded      | CAF<0045><0301>         | caf<00e9>
            folded      | <00c9>COLE              | <00e9>cole
            folded      | TITLE.TXT               | title.txt
            folded      | <00c4>RGER              | <00e4>rger
            folded      | STRA<00df>E             | stra<00df>e
            """)
    void normalises(String preset, String name, String expected) {
        NameKey key = preset.equals("exact") ? NameKey.exact() : NameKey.caseInsensitive();
        assertEquals(unescape(expected), key.of(unescape(name)));
    }

    @Test
    void asciiNamesComeBackUnchanged() {
        String name = "plain-ascii_name.txt";
        assertSame(name, NameKey.exact().of(name));
    }

    @Test
    void foldingIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            // In Turkish "I".toLowerCase() is a dotless i; the key must not depend on where it runs.
            assertEquals("title.txt", NameKey.caseInsensitive().of("TITLE.TXT"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void presets() {
        assertFalse(NameKey.exact().foldsCase());
        assertTrue(NameKey.caseInsensitive().foldsCase());
        assertNotEquals(NameKey.exact().of("A"), NameKey.exact().of("a"));
        assertEquals(NameKey.caseInsensitive().of("A"), NameKey.caseInsensitive().of("a"));
    }

    @ParameterizedTest(name = "{0} -> {1}: folds case {2}")
    @CsvSource(delimiter = '|', textBlock = """
            unix    | unix    | false
            unix    | windows | true
            windows | unix    | true
            windows | windows | true
            """)
    void forFileSystems(String source, String destination, boolean folds) throws IOException {
        try (FileSystem s = jimfs(source); FileSystem d = jimfs(destination)) {
            assertEquals(folds, NameKey.forFileSystems(s, d).foldsCase());
        }
    }

    @Test
    void defaultFileSystemOnLinuxIsCaseSensitive() {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"));
        FileSystem fs = FileSystems.getDefault();
        assertFalse(NameKey.forFileSystems(fs, fs).foldsCase());
    }

    static FileSystem jimfs(String preset) {
        return Jimfs.newFileSystem(preset.equals("windows") ? Configuration.windows() : Configuration.unix());
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '<') {
                int end = s.indexOf('>', i);
                b.append((char) Integer.parseInt(s.substring(i + 1, end), 16));
                i = end;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
