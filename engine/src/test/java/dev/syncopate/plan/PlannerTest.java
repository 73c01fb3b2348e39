package dev.syncopate.plan;

import dev.syncopate.classify.Classifier;
import dev.syncopate.classify.FileClass;
import dev.syncopate.classify.TimeComparison;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.march.Marcher;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Attribute;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
import dev.syncopate.scan.NameKey;
import dev.syncopate.select.Selector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The planner over one directory: two small entry lists in, actions out. Each row names the
 * switches, the source and destination entries, and the expected actions, written as
 * <pre>
 * copy PATH KIND [checksum]        CopyFile
 * descend PATH [new]               Descend (new: the destination lacks it)
 * purge PATH                       Purge
 * skip PATH KIND DISPOSITION why   Skip
 * report PATH KIND src|dst         Report
 * </pre>
 */
class PlannerTest {
    static final Instant START = Instant.parse("2024-06-15T12:00:00Z");
    static final long T = 1_700_000_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final Path SRC = Path.of("/srv/docs");
    static final Path DST = Path.of("/mnt/nas/docs");
    static final DirectoryContext ROOT = new DirectoryContext("", SRC, DST, 0, true);
    static final DirectoryContext INCOMPLETE = new DirectoryContext("", SRC, DST, 0, false);
    /** Depth 1, as a child of the root ("a"). */
    static final DirectoryContext CHILD = ROOT.child("a");

    // ---------------------------------------------------------------- entries

    static Entry file(String name, long size, long mtime) {
        return new Entry(name, EntryType.FILE, size, mtime, 0644, Attribute.ARCHIVE.bit(), false, null);
    }

    static Entry file(String name) {
        return file(name, 10, T);
    }

    static Entry mode(Entry e, int mode) {
        return new Entry(e.name(), e.type(), e.size(), e.mtime(), mode, e.attributes(), e.link(), e.fileKey());
    }

    static Entry attrs(Entry e, int attributes) {
        return new Entry(e.name(), e.type(), e.size(), e.mtime(), e.mode(), attributes, e.link(), e.fileKey());
    }

    static Entry linked(Entry e) {
        return new Entry(e.name(), e.type(), e.size(), e.mtime(), e.mode(), e.attributes(), true, e.fileKey());
    }

    static Entry dir(String name) {
        return new Entry(name, EntryType.DIRECTORY, 0, T, 0755, Attribute.ARCHIVE.bit(), false, null);
    }

    static Entry special(String name) {
        return new Entry(name, EntryType.OTHER, 0, T, 0600, Attribute.ARCHIVE.bit(), false, null);
    }

    static Entry symlink(String name) {
        return new Entry(name, EntryType.SYMLINK, 0, T, 0777, Attribute.ARCHIVE.bit(), true, null);
    }

    // ---------------------------------------------------------------- the table

    record Row(String name, UnaryOperator<SyncOptions.Builder> switches, DirectoryContext dir, List<Entry> source,
               List<Entry> destination, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Row row(String name, UnaryOperator<SyncOptions.Builder> switches, List<Entry> source,
                   List<Entry> destination, String... expected) {
        return new Row(name, switches, ROOT, source, destination, List.of(expected));
    }

    static Row row(String name, UnaryOperator<SyncOptions.Builder> switches, DirectoryContext dir,
                   List<Entry> source, List<Entry> destination, String... expected) {
        return new Row(name, switches, dir, source, destination, List.of(expected));
    }

    static UnaryOperator<SyncOptions.Builder> none() {
        return b -> b;
    }

    static final LogOptions REPORT_EXTRA = new LogOptions(false, true, false, false, false, false, false, false,
            false, false, false, null, false, false, false, false, false, null);

    static Stream<Row> files() {
        Entry a = file("a.txt");
        return Stream.of(
                // the classes, with default switches
                row("new file", none(), List.of(a), List.of(), "copy a.txt NEW"),
                row("newer", none(), List.of(file("a.txt", 10, T + SECOND)), List.of(a), "copy a.txt NEWER"),
                row("older", none(), List.of(file("a.txt", 10, T - SECOND)), List.of(a), "copy a.txt OLDER"),
                row("changed", none(), List.of(file("a.txt", 11, T)), List.of(a), "copy a.txt CHANGED"),
                row("same", none(), List.of(a), List.of(a), "skip a.txt SAME SKIPPED same"),
                row("same at the destination's second resolution", none(),
                        List.of(file("a.txt", 10, T + 999_999_999L)), List.of(a), "skip a.txt SAME SKIPPED same"),
                row("tweaked without /IT is same", none(), List.of(mode(a, 0600)), List.of(a),
                        "skip a.txt SAME SKIPPED same"),
                row("mismatch: file vs directory", none(), List.of(a), List.of(dir("a.txt")),
                        "report a.txt MISMATCH src"),
                row("mismatch: directory vs file", b -> b.subdirs(), List.of(dir("a")), List.of(file("a")),
                        "report a MISMATCH src"),
                // the class switches
                row("/XL skips a new file", b -> b.excludeLonely(), List.of(a), List.of(),
                        "skip a.txt NEW SKIPPED lonely"),
                row("/XL copies a newer file", b -> b.excludeLonely(), List.of(file("a.txt", 10, T + SECOND)),
                        List.of(a), "copy a.txt NEWER"),
                row("/XN", b -> b.excludeNewer(), List.of(file("a.txt", 10, T + SECOND)), List.of(a),
                        "skip a.txt NEWER SKIPPED newer"),
                row("/XO", b -> b.excludeOlder(), List.of(file("a.txt", 10, T - SECOND)), List.of(a),
                        "skip a.txt OLDER SKIPPED older"),
                row("/XC", b -> b.excludeChanged(), List.of(file("a.txt", 11, T)), List.of(a),
                        "skip a.txt CHANGED SKIPPED changed"),
                row("/IS copies same", b -> b.includeSame(), List.of(a), List.of(a), "copy a.txt SAME"),
                // /IS alone leaves a tweaked file alone, as Robocopy does ("use /IS and /IT combined");
                // the line says "tweaked", so the admin sees why /IS did not copy it.
                row("/IS leaves tweaked alone", b -> b.includeSame(), List.of(mode(a, 0600)), List.of(a),
                        "skip a.txt TWEAKED SKIPPED tweaked"),
                row("/IS /IT copies tweaked", b -> b.includeSame().includeTweaked(), List.of(mode(a, 0600)),
                        List.of(a), "copy a.txt TWEAKED"),
                row("/IS /IT copies same", b -> b.includeSame().includeTweaked(), List.of(a), List.of(a),
                        "copy a.txt SAME"),
                row("/IT copies tweaked", b -> b.includeTweaked(), List.of(mode(a, 0600)), List.of(a),
                        "copy a.txt TWEAKED"),
                row("/IT leaves same alone", b -> b.includeTweaked(), List.of(a), List.of(a),
                        "skip a.txt SAME SKIPPED same"),
                row("/FFT: a second apart is same", b -> b.fatTimes(), List.of(file("a.txt", 10, T + SECOND)),
                        List.of(a), "skip a.txt SAME SKIPPED same"),
                row("/DST: an hour apart is same", b -> b.dstTolerance(),
                        List.of(file("a.txt", 10, T + 3600 * SECOND)), List.of(a), "skip a.txt SAME SKIPPED same"),
                // exclusions
                row("/XF excludes a new file", b -> b.excludeFiles("*.txt"), List.of(a), List.of(),
                        "skip a.txt NEW EXCLUDED named"),
                row("/XF excludes a newer file", b -> b.excludeFiles("a.*"), List.of(file("a.txt", 10, T + SECOND)),
                        List.of(a), "skip a.txt NEWER EXCLUDED named"),
                row("/XF excludes before a mismatch is counted", b -> b.excludeFiles("*.txt"), List.of(a),
                        List.of(dir("a.txt")), "skip a.txt MISMATCH EXCLUDED named"),
                row("/XF by path in a subdirectory", b -> b.excludeFiles("a/a.txt"), CHILD, List.of(a), List.of(),
                        "skip a/a.txt NEW EXCLUDED named"),
                row("/XF by absolute source path", b -> b.excludeFiles("/srv/docs/a.txt"), List.of(a), List.of(),
                        "skip a.txt NEW EXCLUDED named"),
                row("file specs leave other names out entirely", b -> b.filePatterns("*.doc"),
                        List.of(a, file("b.doc")), List.of(a), "copy b.doc NEW"),
                row("/XJF skips a followed file link", b -> b.excludeFileLinks(), List.of(linked(a)), List.of(),
                        "skip a.txt NEW EXCLUDED junction"),
                row("/XA:H", b -> b.excludeAttributes(Attribute.HIDDEN.bit()),
                        List.of(attrs(a, Attribute.HIDDEN.bit())), List.of(), "skip a.txt NEW EXCLUDED attrib"),
                row("/MAX", b -> b.maxSize(9), List.of(a), List.of(), "skip a.txt NEW EXCLUDED large"),
                row("/MIN", b -> b.minSize(11), List.of(a), List.of(), "skip a.txt NEW EXCLUDED small"),
                row("exclusion wins over /IS", b -> b.includeSame().excludeFiles("a.txt"), List.of(a), List.of(a),
                        "skip a.txt SAME EXCLUDED named"),
                // /CHECKSUM
                row("/CHECKSUM on same checks the content", b -> b.checksum(), List.of(a), List.of(a),
                        "copy a.txt SAME checksum"),
                row("/CHECKSUM on tweaked-as-same checks the content", b -> b.checksum(), List.of(mode(a, 0600)),
                        List.of(a), "copy a.txt SAME checksum"),
                row("/CHECKSUM leaves newer alone", b -> b.checksum(), List.of(file("a.txt", 10, T + SECOND)),
                        List.of(a), "copy a.txt NEWER"),
                row("/CHECKSUM /IS checks a tweaked file's content", b -> b.checksum().includeSame(),
                        List.of(mode(a, 0600)), List.of(a), "copy a.txt TWEAKED checksum"),
                row("/CHECKSUM /IS copies without checking", b -> b.checksum().includeSame(), List.of(a), List.of(a),
                        "copy a.txt SAME"),
                row("/CHECKSUM on an excluded file", b -> b.checksum().excludeFiles("*.txt"), List.of(a), List.of(a),
                        "skip a.txt SAME EXCLUDED named"),
                row("/CHECKSUM does not compare kept links", b -> b.checksum(), List.of(symlink("l")),
                        List.of(symlink("l")), "skip l SAME SKIPPED same"),
                // specials and links
                row("OTHER entries are special", none(), List.of(special("fifo")), List.of(),
                        "skip fifo NEW EXCLUDED special"),
                row("OTHER over an existing file", none(), List.of(special("fifo")), List.of(file("fifo")),
                        "skip fifo MISMATCH EXCLUDED special"),
                row("OTHER outside the file specs", b -> b.filePatterns("*.txt"), List.of(special("fifo")), List.of()),
                row("a link kept as a link is copied", b -> b.copyLinks(true), List.of(symlink("l")), List.of(),
                        "copy l NEW"),
                // several names at once, in key order
                row("typical directory", none(),
                        List.of(file("a", 1, T), file("b", 1, T + SECOND), file("c", 1, T), file("e", 1, T)),
                        List.of(file("b", 1, T), file("c", 1, T), file("d", 1, T)),
                        "copy a NEW", "copy b NEWER", "skip c SAME SKIPPED same", "report d EXTRA dst",
                        "copy e NEW"));
    }

    static Stream<Row> extras() {
        Entry x = file("x.txt");
        return Stream.of(
                row("extra reported", none(), List.of(), List.of(x), "report x.txt EXTRA dst"),
                row("extra purged", b -> b.purge(), List.of(), List.of(x), "purge x.txt"),
                row("extra purged by /MIR", b -> b.mirror(), List.of(), List.of(x), "purge x.txt"),
                row("no purge when the source is incomplete", b -> b.purge(), INCOMPLETE, List.of(), List.of(x),
                        "report x.txt EXTRA dst"),
                row("/XX hides extras", b -> b.excludeExtra(), List.of(), List.of(x)),
                row("/XX hides extras even with /PURGE", b -> b.excludeExtra().purge(), List.of(), List.of(x)),
                row("/XX with /X still hides", b -> b.excludeExtra().log(REPORT_EXTRA), List.of(), List.of(x)),
                row("extra matching /XF is not purged", b -> b.purge().excludeFiles("*.txt"), List.of(), List.of(x)),
                row("extra matching /XF is listed with /X", b -> b.purge().excludeFiles("*.txt").log(REPORT_EXTRA),
                        List.of(), List.of(x), "report x.txt EXTRA dst"),
                row("extra matching an absolute source /XF is not purged",
                        b -> b.purge().excludeFiles("/srv/docs/x.txt"), List.of(), List.of(x)),
                row("extra matching an absolute destination /XF is not purged",
                        b -> b.purge().excludeFiles("/mnt/nas/docs/x.txt"), List.of(), List.of(x)),
                row("extra outside the file specs is not purged", b -> b.purge().filePatterns("*.doc"), List.of(),
                        List.of(x, file("y.doc")), "purge y.doc"),
                row("extra directory purged", b -> b.mirror(), List.of(), List.of(dir("old")), "purge old"),
                row("extra directory reported", b -> b.emptyDirs(), List.of(), List.of(dir("old")),
                        "report old EXTRA dst"),
                row("extra directory matching /XD is not purged", b -> b.mirror().excludeDirs("old"), List.of(),
                        List.of(dir("old"))),
                row("extra directory matching /XD is listed with /X",
                        b -> b.mirror().excludeDirs("old").log(REPORT_EXTRA), List.of(), List.of(dir("old")),
                        "report old EXTRA dst"),
                row("extra directory matching an absolute source /XD is not purged",
                        b -> b.mirror().excludeDirs("/srv/docs/cache"), List.of(), List.of(dir("cache"))),
                row("/XF does not protect a directory", b -> b.mirror().excludeFiles("old"), List.of(),
                        List.of(dir("old")), "purge old"),
                row("/XD does not protect a file", b -> b.mirror().excludeDirs("x.txt"), List.of(), List.of(x),
                        "purge x.txt"),
                row("a source file excluded by /XF keeps its destination copy", b -> b.purge().excludeFiles("x.txt"),
                        List.of(x), List.of(x), "skip x.txt SAME EXCLUDED named"),
                row("extra links and specials are purged as files", b -> b.purge(), List.of(),
                        List.of(symlink("l"), special("p")), "purge l", "purge p"),
                row("extras in a subdirectory", b -> b.mirror(), CHILD, List.of(), List.of(x), "purge a/x.txt"));
    }

    static Stream<Row> directories() {
        return Stream.of(
                row("top only: subdirectories are not walked", none(), List.of(dir("sub")), List.of()),
                row("top only: existing subdirectory left alone", none(), List.of(dir("sub")), List.of(dir("sub"))),
                row("/S descends into a new directory", b -> b.subdirs(), List.of(dir("sub")), List.of(),
                        "descend sub new"),
                row("/E descends into an existing directory", b -> b.emptyDirs(), List.of(dir("sub")),
                        List.of(dir("sub")), "descend sub"),
                row("/XD excludes a new directory", b -> b.emptyDirs().excludeDirs("sub"), List.of(dir("sub")),
                        List.of(), "skip sub NEW EXCLUDED named"),
                row("/XD excludes an existing directory", b -> b.emptyDirs().excludeDirs("S*"), List.of(dir("sub")),
                        List.of(dir("sub")), "skip sub SAME EXCLUDED named"),
                row("/XD by relative path", b -> b.emptyDirs().excludeDirs("a/sub"), CHILD, List.of(dir("sub")),
                        List.of(), "skip a/sub NEW EXCLUDED named"),
                row("/XD by relative path elsewhere", b -> b.emptyDirs().excludeDirs("b/sub"), CHILD,
                        List.of(dir("sub")), List.of(), "descend a/sub new"),
                row("/XD wins over a mismatch", b -> b.emptyDirs().excludeDirs("sub"), List.of(dir("sub")),
                        List.of(file("sub")), "skip sub MISMATCH EXCLUDED named"),
                row("/XJD skips a followed directory link", b -> b.emptyDirs().excludeDirLinks(),
                        List.of(linked(dir("l"))), List.of(), "skip l NEW EXCLUDED junction"),
                row("/LEV:2 walks depth 1", b -> b.emptyDirs().levels(2), List.of(dir("sub")), List.of(),
                        "descend sub new"),
                row("/LEV:2 stops below depth 1", b -> b.emptyDirs().levels(2), CHILD, List.of(dir("sub")),
                        List.of()),
                row("/LEV:3 walks depth 2", b -> b.emptyDirs().levels(3), CHILD, List.of(dir("sub")), List.of(),
                        "descend a/sub new"),
                row("/XL skips a lonely directory", b -> b.emptyDirs().excludeLonely(), List.of(dir("sub")),
                        List.of(), "skip sub NEW SKIPPED lonely"),
                row("/XL descends into an existing directory", b -> b.emptyDirs().excludeLonely(),
                        List.of(dir("sub")), List.of(dir("sub")), "descend sub"),
                row("file specs do not apply to directories", b -> b.emptyDirs().filePatterns("*.txt"),
                        List.of(dir("sub")), List.of(), "descend sub new"),
                row("/XF does not exclude directories", b -> b.emptyDirs().excludeFiles("sub"), List.of(dir("sub")),
                        List.of(), "descend sub new"),
                // Twins (names with one key), given as the lister sorts them: by key, then by name.
                row("duplicate names on the source side", b -> b.emptyDirs(), NameKey.caseInsensitive(),
                        List.of(file("A"), file("a")), List.of(), "copy A NEW", "duplicate a src ~A"),
                row("duplicate names by Unicode form", b -> b.emptyDirs(), NameKey.exact(),
                        List.of(file("caf" + E_NFD), file("caf" + E_NFC)), List.of(),
                        "copy caf" + E_NFD + " NEW", "duplicate caf" + E_NFC + " src ~caf" + E_NFD),
                row("duplicate source directories", b -> b.emptyDirs(), NameKey.caseInsensitive(),
                        List.of(dir("D"), dir("d")), List.of(), "descend D new", "duplicate d src ~D"),
                row("duplicate source directories outside the walk", none(), NameKey.caseInsensitive(),
                        List.of(dir("D"), dir("d")), List.of()),
                row("a duplicate the job excludes is just excluded", b -> b.excludeFiles("*.tmp"),
                        NameKey.caseInsensitive(), List.of(file("A.tmp"), file("a.tmp")), List.of(),
                        "skip A.tmp NEW EXCLUDED named", "skip a.tmp NEW EXCLUDED named"),
                row("a duplicate outside the file specs takes no part", b -> b.filePatterns("*.txt"),
                        NameKey.caseInsensitive(), List.of(file("A.doc"), file("a.doc")), List.of()),
                row("duplicate names on the destination side are never purged", b -> b.mirror(),
                        NameKey.caseInsensitive(), List.of(file("a")), List.of(file("A"), file("a")),
                        "skip a SAME SKIPPED same", "duplicate A dst ~a"),
                row("a destination duplicate without purge is an extra", b -> b, NameKey.caseInsensitive(),
                        List.of(file("a")), List.of(file("A"), file("a")), "skip a SAME SKIPPED same",
                        "report A EXTRA dst"),
                row("a destination duplicate under /XX is not shown", b -> b.mirror().excludeExtra(),
                        NameKey.caseInsensitive(), List.of(file("a")), List.of(file("A"), file("a")),
                        "skip a SAME SKIPPED same"),
                row("destination twins with no source are extras", b -> b.mirror(), NameKey.caseInsensitive(),
                        List.of(), List.of(file("A"), file("a")), "purge A", "purge a"));
    }

    static final String E_NFC = "\u00e9", E_NFD = "e\u0301";

    /** A row with its own name key (the others are exact). */
    static Row row(String name, UnaryOperator<SyncOptions.Builder> switches, NameKey key, List<Entry> source,
                   List<Entry> destination, String... expected) {
        KEYS.put(name, key);
        return new Row(name, switches, ROOT, source, destination, List.of(expected));
    }

    static final java.util.Map<String, NameKey> KEYS = new java.util.HashMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource({"files", "extras", "directories"})
    void plan(Row row) {
        NameKey key = KEYS.getOrDefault(row.name(), NameKey.exact());
        SyncOptions options = row.switches().apply(SyncOptions.builder(SRC, DST)).build();
        List<Action> actions = planner(options, key).plan(row.dir(), row.source(), row.destination());
        assertEquals(row.expected(), actions.stream().map(PlannerTest::describe).toList());
    }

    // ---------------------------------------------------------------- hooks

    static Stream<Arguments> hooks() {
        Entry a = file("a.txt");
        Entry lock = file("db.lock");
        return Stream.of(
                arguments("filter false excludes", hooks(f -> !f.name().endsWith(".lock"), f -> Verdict.PROCEED),
                        List.of(a, lock), List.of(), List.of("copy a.txt NEW", "skip db.lock NEW EXCLUDED filtered")),
                arguments("filter sees existing files too", hooks(f -> f.kind() != FileClass.NEWER, f -> Verdict.PROCEED),
                        List.of(file("a.txt", 10, T + SECOND)), List.of(a),
                        List.of("skip a.txt NEWER EXCLUDED filtered")),
                arguments("beforeCopy veto", hooks(f -> true,
                                f -> f.name().endsWith(".lock") ? Verdict.skip("lock file") : Verdict.PROCEED),
                        List.of(a, lock), List.of(), List.of("copy a.txt NEW", "skip db.lock NEW VETOED lock file")),
                arguments("beforeCopy veto without reason", hooks(f -> true, f -> Verdict.skip(" ")),
                        List.of(a), List.of(), List.of("skip a.txt NEW VETOED skipped by hook")),
                arguments("filter throws", hooks(f -> { throw new IllegalStateException("boom"); },
                                f -> Verdict.PROCEED),
                        List.of(a), List.of(), List.of("skip a.txt NEW FAILED filter hook failed: boom")),
                arguments("beforeCopy throws", hooks(f -> true, f -> { throw new IllegalArgumentException("bad"); }),
                        List.of(a), List.of(), List.of("skip a.txt NEW FAILED beforeCopy hook failed: bad")),
                arguments("beforeCopy throws without message", hooks(f -> true,
                                f -> { throw new UnsupportedOperationException(); }),
                        List.of(a), List.of(),
                        List.of("skip a.txt NEW FAILED beforeCopy hook failed: UnsupportedOperationException")),
                arguments("a failing hook fails only its file", hooks(f -> true,
                                f -> { if (f.name().equals("a.txt")) throw new IllegalStateException("x"); return Verdict.PROCEED; }),
                        List.of(a, file("b.txt")), List.of(),
                        List.of("skip a.txt NEW FAILED beforeCopy hook failed: x", "copy b.txt NEW")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void hooks(String name, SyncHooks hooks, List<Entry> source, List<Entry> destination, List<String> expected) {
        SyncOptions options = SyncOptions.builder(SRC, DST).hooks(hooks).build();
        List<Action> actions = planner(options, NameKey.exact()).plan(ROOT, source, destination);
        assertEquals(expected, actions.stream().map(PlannerTest::describe).toList());
    }

    @Test
    void hooksSeeTheFileAndAreNotAskedAboutSkippedOnes() {
        List<String> calls = new ArrayList<>();
        List<FileView> views = new ArrayList<>();
        SyncHooks recording = new SyncHooks() {
            @Override
            public boolean hasFilter() {
                return true;
            }

            @Override
            public boolean accept(FileView f) {
                calls.add("filter " + f.path());
                views.add(f);
                return true;
            }

            @Override
            public Verdict beforeCopy(FileView f) {
                calls.add("beforeCopy " + f.path());
                return Verdict.PROCEED;
            }
        };
        SyncOptions options = SyncOptions.builder(SRC, DST).excludeFiles("*.tmp").hooks(recording).build();
        Entry newer = file("n.txt", 7, T + SECOND);
        List<Action> actions = planner(options, NameKey.exact()).plan(CHILD,
                List.of(newer, file("s.txt"), file("x.tmp"), dir("d")),
                List.of(file("n.txt"), file("s.txt")));
        assertEquals(List.of("copy a/n.txt NEWER", "skip a/s.txt SAME SKIPPED same",
                "skip a/x.tmp NEW EXCLUDED named"), actions.stream().map(PlannerTest::describe).toList());
        // /XF decides before the filter; a skipped "same" file never reaches beforeCopy. The filter
        // selects the whole directory first; beforeCopy is asked per copy, as the walk hands it over.
        assertEquals(List.of("filter a/n.txt", "filter a/s.txt", "beforeCopy a/n.txt"), calls);
        FileView v = views.get(0);
        assertEquals(new FileView("n.txt", "a/n.txt", 7, newer.modified(), FileClass.NEWER,
                SRC.resolve("a").resolve("n.txt"), DST.resolve("a").resolve("n.txt"), false), v);
    }

    @Test
    void filterIsNotCalledWithoutHasFilter() {
        SyncHooks h = new SyncHooks() {
            @Override
            public boolean accept(FileView f) {
                throw new AssertionError("not called when hasFilter() is false");
            }
        };
        List<Action> actions = planner(SyncOptions.builder(SRC, DST).hooks(h).build(), NameKey.exact())
                .plan(ROOT, List.of(file("a")), List.of());
        assertEquals(List.of("copy a NEW"), actions.stream().map(PlannerTest::describe).toList());
    }

    @Test
    void beforeCopyIsNotCalledWithoutHasBeforeCopy() {
        SyncHooks h = new SyncHooks() {
            @Override
            public boolean hasBeforeCopy() {
                return false;
            }

            @Override
            public Verdict beforeCopy(FileView f) {
                throw new AssertionError("not called when hasBeforeCopy() is false");
            }
        };
        List<Action> actions = planner(SyncOptions.builder(SRC, DST).hooks(h).build(), NameKey.exact())
                .plan(ROOT, List.of(file("a")), List.of());
        assertEquals(List.of("copy a NEW"), actions.stream().map(PlannerTest::describe).toList());
    }

    @Test
    void checksumCandidatesAskBeforeCopyOnTheWalkThread() {
        List<String> calls = new ArrayList<>();
        SyncHooks h = new SyncHooks() {
            @Override
            public Verdict beforeCopy(FileView f) {
                calls.add(f.path());
                return Verdict.skip("no");
            }
        };
        SyncOptions checksum = SyncOptions.builder(SRC, DST).checksum().hooks(h).build();
        Action a = planner(checksum, NameKey.exact()).plan(ROOT, List.of(file("a")), List.of(file("a"))).get(0);
        // The hook is asked before the content is compared: hooks never run on copy workers.
        assertEquals("skip a SAME VETOED no", describe(a));
        assertEquals(List.of("a"), calls);
        calls.clear();
        // Under /IS the file is copied whatever its content, so the hook has its say.
        SyncOptions same = SyncOptions.builder(SRC, DST).checksum().includeSame().hooks(h).build();
        Action b = planner(same, NameKey.exact()).plan(ROOT, List.of(file("a")), List.of(file("a"))).get(0);
        assertEquals("skip a SAME VETOED no", describe(b));
        assertEquals(List.of("a"), calls);
    }

    @Test
    void copyActionsCarryBothEntries() {
        Entry s = file("a", 5, T + SECOND), d = file("a", 4, T);
        Action a = planner(SyncOptions.builder(SRC, DST).build(), NameKey.exact()).plan(ROOT, List.of(s), List.of(d))
                .get(0);
        assertEquals(new Action.CopyFile("a", s, d, FileClass.NEWER, false), a);
        Action n = planner(SyncOptions.builder(SRC, DST).build(), NameKey.exact()).plan(ROOT, List.of(s), List.of())
                .get(0);
        assertEquals(new Action.CopyFile("a", s, null, FileClass.NEW, false), n);
    }

    // ---------------------------------------------------------------- helpers

    static Planner planner(SyncOptions o, NameKey key) {
        Selector selector = new Selector(o.selection(), START, ZoneOffset.UTC);
        Classifier classifier = new Classifier(new TimeComparison(o.selection().fatTimes(),
                o.selection().dstTolerance()));
        return new Planner(o, new Marcher(key), classifier, selector);
    }

    interface Filter {
        boolean accept(FileView f);
    }

    interface BeforeCopy {
        Verdict apply(FileView f);
    }

    static SyncHooks hooks(Filter filter, BeforeCopy beforeCopy) {
        return new SyncHooks() {
            @Override
            public boolean hasFilter() {
                return true;
            }

            @Override
            public boolean accept(FileView f) {
                return filter.accept(f);
            }

            @Override
            public Verdict beforeCopy(FileView f) {
                return beforeCopy.apply(f);
            }
        };
    }

    static String describe(Action a) {
        return switch (a) {
            case Action.CopyFile c -> "copy " + c.path() + " " + c.kind() + (c.checkContent() ? " checksum" : "");
            case Action.Descend d -> "descend " + d.path() + (d.target() == null ? " new" : "");
            case Action.Purge p -> "purge " + p.path();
            case Action.Skip s -> "skip " + s.path() + " " + s.kind() + " " + s.disposition() + " " + s.reason();
            case Action.Report r -> "report " + r.path() + " " + r.kind() + (r.destinationSide() ? " dst" : " src");
            case Action.Duplicate x -> "duplicate " + x.path() + (x.sourceSide() ? " src" : " dst") + " ~"
                    + x.twin().name();
        };
    }
}
