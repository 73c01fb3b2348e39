package dev.syncopate.march;

import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
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
                arguments("duplicate key on the source side", FOLD,
                        List.of("a", "A", "b"), List.of("a", "b"),
                        List.of("both a|a", "dup src A", "both b|b")),
                arguments("duplicate key on the destination side", FOLD,
                        List.of("x"), List.of("X", "x"),
                        List.of("both x|X", "dup dst x")),
                arguments("duplicate key without a counterpart", FOLD,
                        List.of("b", "B"), List.of(),
                        List.of("src b", "dup src B")),
                arguments("duplicate extras", FOLD,
                        List.of(), List.of("k", "K", "l"),
                        List.of("dst k", "dup dst K", "dst l")),
                arguments("duplicate by Unicode form", EXACT,
                        List.of(E_NFC, E_NFD), List.of(E_NFD),
                        List.of("both " + E_NFC + "|" + E_NFD, "dup src " + E_NFD)),
                arguments("triplicate on both sides", FOLD,
                        List.of("a", "A", "a"), List.of("A", "a"),
                        List.of("both a|A", "dup src A", "dup src a", "dup dst a")));
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
        });
        assertEquals(1, both.size());
        assertEquals(s, both.get(0)[0]);
        assertEquals(d, both.get(0)[1]);
    }

    @Test
    void duplicatesAreIgnoredByDefault() {
        List<String> seen = new ArrayList<>();
        new Marcher(FOLD).march(listed(List.of("a", "A"), FOLD), List.of(), new MarchHandler() {
            public void sourceOnly(Entry source) { seen.add(source.name()); }
            public void destinationOnly(Entry destination) { seen.add(destination.name()); }
            public void both(Entry source, Entry destination) { seen.add("both"); }
        });
        assertEquals(List.of("a"), seen);
    }

    /** Sorted as the lister sorts: by key, stable, so the first of two twins stays first. */
    static List<Entry> listed(List<String> names, NameKey key) {
        return names.stream().map(MarcherTest::entry)
                .sorted(Comparator.comparing((Entry e) -> key.of(e.name())))
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
        public void duplicate(Entry entry, boolean sourceSide) {
            calls.add("dup " + (sourceSide ? "src " : "dst ") + entry.name());
        }
    }
}
