package dev.syncopate.select;

import dev.syncopate.classify.FileClass;
import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Attribute;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SelectorTest {
    /** The run's start, seen from Berlin (UTC+2 in June) so that date limits depend on the zone. */
    static final Instant START = Instant.parse("2024-06-15T12:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static final int R = Attribute.READ_ONLY.bit(), A = Attribute.ARCHIVE.bit(), S = Attribute.SYSTEM.bit(),
            H = Attribute.HIDDEN.bit(), C = Attribute.COMPRESSED.bit();

    static Selector selector(UnaryOperator<SyncOptions.Builder> switches) {
        SyncOptions o = switches.apply(SyncOptions.builder(Path.of("/srv"), Path.of("/mnt"))).build();
        return new Selector(o.selection(), START, ZONE);
    }

    static Entry file(String name, long size, Instant mtime, int attributes, boolean link) {
        return new Entry(name, EntryType.FILE, size, nanos(mtime), 0644, attributes, link, null);
    }

    static Entry file(String name) {
        return file(name, 100, START.minus(Duration.ofDays(1)), A, false);
    }

    static Entry dir(String name, boolean link) {
        return new Entry(name, EntryType.DIRECTORY, 0, nanos(START), 0755, A, link, null);
    }

    static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    // ---------------------------------------------------------------- file specs

    @ParameterizedTest(name = "specs [{0}] vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''            | anything.bin | true
            *.*           | Makefile     | true
            *.txt         | a.TXT        | true
            *.txt         | a.pdf        | false
            *.txt;*.doc   | b.doc        | true
            *.txt;*.doc   | b.docx       | false
            report.pdf    | REPORT.PDF   | true
            """)
    void fileSpecs(String specs, String name, boolean expected) {
        String[] list = specs.isEmpty() ? new String[0] : specs.split(";");
        assertEquals(expected, selector(b -> b.filePatterns(list)).inFileSpec(name));
    }

    // ---------------------------------------------------------------- excludeFile

    record FileCase(String name, UnaryOperator<SyncOptions.Builder> switches, Entry entry, String relative,
                    String absolute, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static FileCase row(String name, UnaryOperator<SyncOptions.Builder> switches, Entry e, String expected) {
        return new FileCase(name, switches, e, e.name(), "/srv/" + e.name(), expected);
    }

    static FileCase row(String name, UnaryOperator<SyncOptions.Builder> switches, Entry e, String relative,
                        String expected) {
        return new FileCase(name, switches, e, relative, "/srv/" + relative, expected);
    }

    static Stream<FileCase> fileCases() {
        Instant day = START.minus(Duration.ofDays(1));
        Instant sevenDays = START.minus(Duration.ofDays(7));
        // Midnight at the start of 1 June 2024 in Berlin is 22:00 UTC on 31 May.
        Instant firstOfJune = Instant.parse("2024-05-31T22:00:00Z");
        return Stream.of(
                row("no switches: everything takes part", b -> b, file("a.txt"), null),
                // /XF names, wildcards, paths
                row("/XF wildcard", b -> b.excludeFiles("*.tmp"), file("x.TMP"), Selector.NAMED),
                row("/XF wildcard, other name", b -> b.excludeFiles("*.tmp"), file("x.txt"), null),
                row("/XF literal name at depth", b -> b.excludeFiles("desktop.ini"), file("Desktop.ini"),
                        "a/b/Desktop.ini", Selector.NAMED),
                row("/XF relative path", b -> b.excludeFiles("logs/*.log"), file("a.log"), "x/logs/a.log",
                        Selector.NAMED),
                row("/XF relative path, other dir", b -> b.excludeFiles("logs/*.log"), file("a.log"), "x/a.log",
                        null),
                row("/XF absolute path", b -> b.excludeFiles("/srv/keep/secret.txt"), file("secret.txt"),
                        "keep/secret.txt", Selector.NAMED),
                row("/XF absolute path elsewhere", b -> b.excludeFiles("/srv/keep/secret.txt"),
                        file("secret.txt"), "other/secret.txt", null),
                // links
                row("/XJF skips a link to a file", SelectorTest::xjf, file("l", 1, day, A, true), Selector.LINK),
                row("/XJF keeps a plain file", SelectorTest::xjf, file("f", 1, day, A, false), null),
                row("/XJ skips a link to a file", b -> b.excludeJunctions(), file("l", 1, day, A, true),
                        Selector.LINK),
                row("/XJD alone keeps a link to a file", b -> b.excludeDirLinks(), file("l", 1, day, A, true), null),
                // attributes
                row("/A without the archive bit", b -> b.archiveOnly(), file("f", 1, day, R, false), Selector.ATTRIB),
                row("/A with the archive bit", b -> b.archiveOnly(), file("f", 1, day, A | R, false), null),
                row("/M is /A for selection", b -> b.resetArchive(), file("f", 1, day, 0, false), Selector.ATTRIB),
                row("/IA:RH with H", b -> b.includeAttributes(R | H), file("f", 1, day, A | H, false), null),
                row("/IA:RH with A only", b -> b.includeAttributes(R | H), file("f", 1, day, A, false),
                        Selector.ATTRIB),
                row("/XA:SH with S", b -> b.excludeAttributes(S | H), file("f", 1, day, A | S, false),
                        Selector.ATTRIB),
                row("/XA:SH with A only", b -> b.excludeAttributes(S | H), file("f", 1, day, A, false), null),
                row("/XA:C with C", b -> b.excludeAttributes(C), file("f", 1, day, C, false), Selector.ATTRIB),
                // size
                row("/MAX:100 at 100", b -> b.maxSize(100), file("f", 100, day, A, false), null),
                row("/MAX:100 at 101", b -> b.maxSize(100), file("f", 101, day, A, false), Selector.LARGE),
                row("/MAX:0 at 0", b -> b.maxSize(0), file("f", 0, day, A, false), null),
                row("/MAX:0 at 1", b -> b.maxSize(0), file("f", 1, day, A, false), Selector.LARGE),
                row("/MIN:100 at 100", b -> b.minSize(100), file("f", 100, day, A, false), null),
                row("/MIN:100 at 99", b -> b.minSize(100), file("f", 99, day, A, false), Selector.SMALL),
                row("/MIN:0 at 0", b -> b.minSize(0), file("f", 0, day, A, false), null),
                // age in days
                row("/MAXAGE:7 older by a second", b -> b.maxAge(AgeLimit.ofDays(7)),
                        file("f", 1, sevenDays.minusSeconds(1), A, false), Selector.TOO_OLD),
                row("/MAXAGE:7 exactly at the cutoff", b -> b.maxAge(AgeLimit.ofDays(7)),
                        file("f", 1, sevenDays, A, false), null),
                row("/MAXAGE:7 younger", b -> b.maxAge(AgeLimit.ofDays(7)),
                        file("f", 1, sevenDays.plusSeconds(1), A, false), null),
                row("/MINAGE:7 younger by a second", b -> b.minAge(AgeLimit.ofDays(7)),
                        file("f", 1, sevenDays.plusSeconds(1), A, false), Selector.TOO_NEW),
                row("/MINAGE:7 older", b -> b.minAge(AgeLimit.ofDays(7)),
                        file("f", 1, sevenDays.minusSeconds(1), A, false), null),
                row("/MINAGE:0 keeps a file from the future out", b -> b.minAge(AgeLimit.ofDays(0)),
                        file("f", 1, START.plusSeconds(60), A, false), Selector.TOO_NEW),
                // age as a YYYYMMDD date, at midnight in the run's zone
                row("/MAXAGE:20240601 a nanosecond before Berlin midnight",
                        b -> b.maxAge(AgeLimit.parse("20240601")),
                        file("f", 1, firstOfJune.minusNanos(1), A, false), Selector.TOO_OLD),
                row("/MAXAGE:20240601 at Berlin midnight", b -> b.maxAge(AgeLimit.parse("20240601")),
                        file("f", 1, firstOfJune, A, false), null),
                row("/MINAGE:20240601 a nanosecond after Berlin midnight",
                        b -> b.minAge(AgeLimit.parse("20240601")),
                        file("f", 1, firstOfJune.plusNanos(1), A, false), Selector.TOO_NEW),
                row("/MINAGE:20240601 an hour before (still 31 May in Berlin)",
                        b -> b.minAge(AgeLimit.parse("20240601")),
                        file("f", 1, firstOfJune.minusSeconds(3600), A, false), null),
                row("/MINAGE:30000101 past the nanosecond range keeps today's file",
                        b -> b.minAge(AgeLimit.parse("30000101")), file("f", 1, day, A, false), null),
                row("/MAXAGE:30000101 past the nanosecond range drops today's file",
                        b -> b.maxAge(AgeLimit.parse("30000101")), file("f", 1, day, A, false), Selector.TOO_OLD),
                // order: the first reason wins
                row("/XF before /MAX", b -> b.excludeFiles("*.iso").maxSize(10), file("x.iso", 11, day, A, false),
                        Selector.NAMED),
                row("/XA before /MAX", b -> b.excludeAttributes(H).maxSize(10), file("x", 11, day, H, false),
                        Selector.ATTRIB),
                row("/MAX before /MAXAGE", b -> b.maxSize(10).maxAge(AgeLimit.ofDays(1)),
                        file("x", 11, sevenDays, A, false), Selector.LARGE));
    }

    static SyncOptions.Builder xjf(SyncOptions.Builder b) {
        return b.excludeFileLinks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void excludeFile(FileCase c) {
        assertEquals(c.expected(), selector(c.switches()).excludeFile(c.entry(), c.relative(), c.absolute()));
    }

    // ---------------------------------------------------------------- excludeDir

    static Stream<Arguments> dirCases() {
        return Stream.of(
                arguments("no switches", (UnaryOperator<SyncOptions.Builder>) b -> b, dir("Temp", false), "Temp", null),
                arguments("/XD name at depth", ops(b -> b.excludeDirs("temp")), dir("Temp", false), "a/b/Temp",
                        Selector.NAMED),
                arguments("/XD wildcard", ops(b -> b.excludeDirs(".*")), dir(".git", false), ".git", Selector.NAMED),
                arguments("/XD relative path", ops(b -> b.excludeDirs("build/out")), dir("out", false), "m/build/out",
                        Selector.NAMED),
                arguments("/XD relative path elsewhere", ops(b -> b.excludeDirs("build/out")), dir("out", false),
                        "m/out", null),
                arguments("/XD absolute path", ops(b -> b.excludeDirs("/srv/a/cache")), dir("cache", false),
                        "a/cache", Selector.NAMED),
                arguments("/XF never excludes a directory", ops(b -> b.excludeFiles("Temp")), dir("Temp", false),
                        "Temp", null),
                arguments("/XJD skips a directory link", ops(b -> b.excludeDirLinks()), dir("l", true), "l",
                        Selector.LINK),
                arguments("/XJD keeps a real directory", ops(b -> b.excludeDirLinks()), dir("d", false), "d", null),
                arguments("/XJF alone keeps a directory link", ops(b -> b.excludeFileLinks()), dir("l", true), "l",
                        null),
                arguments("/XD before /XJD", ops(b -> b.excludeDirs("l").excludeDirLinks()), dir("l", true), "l",
                        Selector.NAMED));
    }

    static UnaryOperator<SyncOptions.Builder> ops(UnaryOperator<SyncOptions.Builder> f) {
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dirCases")
    void excludeDir(String name, UnaryOperator<SyncOptions.Builder> switches, Entry e, String relative,
                    String expected) {
        assertEquals(expected, selector(switches).excludeDir(e, relative, "/srv/" + relative));
    }

    // ---------------------------------------------------------------- class switches

    /** Every file class, the switches, and which classes are copied after {@link Selector#effective}. */
    static Stream<Arguments> classSwitches() {
        Set<FileClass> defaults = EnumSet.of(FileClass.NEW, FileClass.NEWER, FileClass.OLDER, FileClass.CHANGED);
        return Stream.of(
                arguments("defaults", ops(b -> b), defaults),
                arguments("/XL", ops(b -> b.excludeLonely()), minus(defaults, FileClass.NEW)),
                arguments("/XN", ops(b -> b.excludeNewer()), minus(defaults, FileClass.NEWER)),
                arguments("/XO", ops(b -> b.excludeOlder()), minus(defaults, FileClass.OLDER)),
                arguments("/XC", ops(b -> b.excludeChanged()), minus(defaults, FileClass.CHANGED)),
                arguments("/XN /XO /XC (only new files)", ops(b -> b.excludeNewer().excludeOlder().excludeChanged()),
                        EnumSet.of(FileClass.NEW)),
                arguments("/XL /XN /XO /XC (nothing)",
                        ops(b -> b.excludeLonely().excludeNewer().excludeOlder().excludeChanged()),
                        EnumSet.noneOf(FileClass.class)),
                // /IS copies same files but not tweaked ones: only /IT does (Robocopy's own tests)
                arguments("/IS", ops(b -> b.includeSame()), plus(defaults, FileClass.SAME)),
                arguments("/IT", ops(b -> b.includeTweaked()), plus(defaults, FileClass.TWEAKED)),
                arguments("/IS /IT", ops(b -> b.includeSame().includeTweaked()),
                        plus(defaults, FileClass.SAME, FileClass.TWEAKED)));
    }

    static Set<FileClass> minus(Set<FileClass> s, FileClass k) {
        EnumSet<FileClass> r = EnumSet.copyOf(s);
        r.remove(k);
        return r;
    }

    static Set<FileClass> plus(Set<FileClass> s, FileClass... k) {
        EnumSet<FileClass> r = EnumSet.copyOf(s);
        r.addAll(Set.of(k));
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classSwitches")
    void copiesByClass(String name, UnaryOperator<SyncOptions.Builder> switches, Set<FileClass> copied) {
        Selector s = selector(switches);
        assertAll(Stream.of(FileClass.values()).map(k -> (Executable) () ->
                assertEquals(copied.contains(k), s.copies(k), k.name())));
    }

    @Test
    void tweakedShowsAsSameWithoutIncludeTweakedOrIncludeSame() {
        assertEquals(FileClass.SAME, selector(b -> b).effective(FileClass.TWEAKED));
        // Under /IS the skipped line says "tweaked": "same" would contradict /IS.
        assertEquals(FileClass.TWEAKED, selector(b -> b.includeSame()).effective(FileClass.TWEAKED));
        assertEquals(FileClass.TWEAKED, selector(b -> b.includeTweaked()).effective(FileClass.TWEAKED));
        for (FileClass k : FileClass.values()) {
            if (k != FileClass.TWEAKED) {
                assertEquals(k, selector(b -> b).effective(k), k.name());
            }
        }
    }

    @Test
    void extrasAndMismatchesAreNeverCopied() {
        Selector all = selector(b -> b.includeSame().includeTweaked());
        assertFalse(all.copies(FileClass.EXTRA));
        assertFalse(all.copies(FileClass.MISMATCH));
    }

    // ---------------------------------------------------------------- protectsExtraFile

    @ParameterizedTest(name = "specs [{0}] /XF [{1}] extra {2} -> protected {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''     | ''              | a.txt       | false
            *.txt  | ''              | a.txt       | false
            *.txt  | ''              | a.log       | true
            ''     | *.tmp           | a.TMP       | true
            ''     | *.tmp           | a.txt       | false
            ''     | sub/keep.me     | sub/keep.me | true
            ''     | /srv/sub/keep.me| sub/keep.me | true
            ''     | /srv/keep.me    | sub/keep.me | false
            *.txt  | *.tmp           | x.tmp       | true
            """)
    void protectsExtraFile(String specs, String excluded, String relative, boolean expected) {
        Selector s = selector(b -> b.filePatterns(split(specs)).excludeFiles(split(excluded)));
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        assertEquals(expected, s.protectsExtraFile(file(name), relative, "/srv/" + relative));
    }

    static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(";");
    }

    @Test
    void aFileWithoutReasonTakesPart() {
        assertNull(selector(b -> b.maxSize(1000).minSize(1).excludeFiles("*.tmp").maxAge(AgeLimit.ofDays(30)))
                .excludeFile(file("a.txt"), "a.txt", "/srv/a.txt"));
        assertTrue(selector(b -> b).inFileSpec(""));
    }
}
