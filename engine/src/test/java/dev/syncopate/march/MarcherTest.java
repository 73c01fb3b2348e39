package dev.syncopate.march;

import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
import dev.syncopate.scan.NameKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** rclone's march tests, as a table: the two sides of a directory and the calls they make. */
class MarcherTest {
    static final NameKey EXACT = NameKey.exact();
    static final NameKey FOLD = NameKey.caseInsensitive();
    static final String E_NFC = "\u00e9", E_NFD = "e\u0301";

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("typical sync", EXACT,
                        List.of("a", "b", "c"), List.of("a", "b", "c"),
                        List.of("both a|a", "both b|b", "both c|c")),
                arguments("dst has extra", EXACT,
                        List.of("a", "b"), List.of("a", "b", "c"),
                        List.of("both a|a", "both b|b", "dst c")),
                arguments("src has extra", EXACT,
                        List.of("a", "b", "c"), List.of("a", "b"),
                        List.of("both a|a", "both b|b", "src c")),
                arguments("interleaved", EXACT,
                        List.of("a", "c", "e"), List.of("b", "c", "d"),
                        List.of("src a", "dst b", "both c|c", "dst d", "src e")),
                arguments("dst extra first", EXACT,
                        List.of("m"), List.of("a", "m"),
                        List.of("dst a", "both m|m")),
                arguments("both empty", EXACT, List.of(), List.of(), List.of()),
                arguments("src empty", EXACT, List.of(), List.of("a", "b"), List.of("dst a", "dst b")),
                arguments("dst empty", EXACT, List.of("a", "b"), List.of(), List.of("src a", "src b")),
                arguments("case-sensitive keys keep A and a apart", EXACT,
                        List.of("A.txt"), List.of("a.txt"),
                        List.of("src A.txt", "dst a.txt")),
                arguments("case-insensitive keys", FOLD,
                        List.of("A.txt", "b.TXT"), List.of("a.TXT", "B.txt", "C.txt"),
                        List.of("both A.txt|a.TXT", "both b.TXT|B.txt", "dst C.txt")),
                arguments("case-insensitive keys sort as one alphabet", FOLD,
                        List.of("b", "C"), List.of("A", "c"),
                        List.of("dst A", "src b", "both C|c")),
                arguments("NFC vs NFD names are one", EXACT,
                        List.of("caf" + E_NFC), List.of("caf" + E_NFD),
                        List.of("both caf" + E_NFC + "|caf" + E_NFD)),
                arguments("NFD source vs NFC destination", EXACT,
                        List.of("r" + E_NFD + "sum" + E_NFD), List.of("r" + E_NFC + "sum" + E_NFC, "z"),
                        List.of("both r" + E_NFD + "sum" + E_NFD + "|r" + E_NFC + "sum" + E_NFC, "dst z")),
                arguments("NFD and case folded together", FOLD,
                        List.of("CAF" + "E\u0301"), List.of("caf" + E_NFC),
                        List.of("both CAFE\u0301|caf" + E_NFC)),
                // Names that share a key ("twins"): exact names pair first; otherwise the first of
                // each side joins (code-point order, as the lister sorts twins); every other source
                // twin is a duplicate (not copied, an error), every other destination twin too
                // (never purged). "dup src A~a": A is not copied, a is.
                arguments("duplicate key on the source side", FOLD,
                        List.of("a", "A", "b"), List.of("a", "b"),
                        List.of("both a|a", "dup src A~a", "both b|b")),
                arguments("duplicate key on the destination side: the exact name pairs", FOLD,
                        List.of("x"), List.of("X", "x"),
                        List.of("both x|x", "dup dst X~x")),
                arguments("duplicate key without a counterpart: the first in code-point order is copied", FOLD,
                        List.of("b", "B"), List.of(),
                        List.of("src B", "dup src b~B")),
                arguments("twins without a source are all extras", FOLD,
                        List.of(), List.of("k", "K", "l"),
                        List.of("dst K", "dst k", "dst l")),
                arguments("duplicate by Unicode form: the name the destination has is copied", EXACT,
                        List.of(E_NFC, E_NFD), List.of(E_NFD),
                        List.of("both " + E_NFD + "|" + E_NFD, "dup src " + E_NFC + "~" + E_NFD)),
                arguments("duplicate by Unicode form, new: NFD sorts first", EXACT,
                        List.of("caf" + E_NFC, "caf" + E_NFD), List.of(),
                        List.of("src caf" + E_NFD, "dup src caf" + E_NFC + "~caf" + E_NFD)),
                arguments("twins on both sides with the same names all pair", EXACT,
                        List.of(E_NFC, E_NFD), List.of(E_NFD, E_NFC),
                        List.of("both " + E_NFD + "|" + E_NFD, "both " + E_NFC + "|" + E_NFC)),
                // Å three ways: U+00C5, A + ring (NFD), and the Angstrom sign U+212B (NFC: U+00C5)
                arguments("a destination twin beside a joined pair stays", EXACT,
                        List.of("\u00c5"), List.of("A\u030a", "\u212b"),
                        List.of("both \u00c5|A\u030a", "dup dst \u212b~A\u030a")),
                arguments("twins on both sides, no exact names", FOLD,
                        List.of("Ab", "aB"), List.of("AB", "ab"),
                        List.of("both Ab|AB", "dup src aB~Ab", "dup dst ab~AB")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void march(String name, NameKey key, List<String> source, List<String> destination, List<String> expected) {
        Recorder r = new Recorder();
        new Marcher(key).march(listed(source, key), listed(destination, key), r);
        assertEquals(expected, r.calls);
    }

    @Test
    void theSameEntriesAreHandedOver() {
        Entry s = entry("a"), d = entry("A");
        List<Entry[]> both = new ArrayList<>();
        new Marcher(FOLD).march(List.of(s), List.of(d), new MarchHandler() {
            public void sourceOnly(Entry source) { throw new AssertionError(); }
            public void destinationOnly(Entry destination) { throw new AssertionError(); }
            public void both(Entry source, Entry destination) { both.add(new Entry[] {source, destination}); }
            public void duplicate(Entry entry, Entry twin, boolean sourceSide) { throw new AssertionError(); }
        });
        assertEquals(1, both.size());
        assertEquals(s, both.get(0)[0]);
        assertEquals(d, both.get(0)[1]);
    }

    /** Sorted as the lister sorts: by key, twins by name, so which twin comes first never depends on readdir. */
    static List<Entry> listed(List<String> names, NameKey key) {
        return names.stream().map(MarcherTest::entry)
                .sorted(Comparator.comparing((Entry e) -> key.of(e.name())).thenComparing(Entry::name))
                .toList();
    }

    static Entry entry(String name) {
        return new Entry(name, EntryType.FILE, 0, 0, 0644, 0, false, null);
    }

    static final class Recorder implements MarchHandler {
        final List<String> calls = new ArrayList<>();

        @Override
        public void sourceOnly(Entry source) {
            calls.add("src " + source.name());
        }

        @Override
        public void destinationOnly(Entry destination) {
            calls.add("dst " + destination.name());
        }

        @Override
        public void both(Entry source, Entry destination) {
            calls.add("both " + source.name() + "|" + destination.name());
        }

        @Override
        public void duplicate(Entry entry, Entry twin, boolean sourceSide) {
            calls.add("dup " + (sourceSide ? "src " : "dst ") + entry.name() + "~" + twin.name());
        }
    }
}
