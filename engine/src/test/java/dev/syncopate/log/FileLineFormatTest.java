package dev.syncopate.log;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.options.LogOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileLineFormatTest {

    /** Log options from switch names such as {@code TS FP}. */
    static LogOptions switches(String names) {
        Set<String> s = names == null ? Set.of() : Set.of(names.trim().split("\\s+"));
        return new LogOptions(s.contains("V"), false, s.contains("TS"), s.contains("FP"), s.contains("BYTES"),
                s.contains("NS"), s.contains("NC"), false, false, false, false, null, false, false, false, false,
                false, null);
    }

    @ParameterizedTest(name = "{0} {1} {2} {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            NEW      | COPIED   | -          | a/report.pdf | 1024      | -        | "\t    New File  \t\t    1024\treport.pdf"
            NEWER    | COPIED   | -          | video.mp4    | 18874368  | -        | "\t    Newer     \t\t  18.0 m\tvideo.mp4"
            OLDER    | COPIED   | -          | old.txt      | 165384    | -        | "\t    Older     \t\t  165384\told.txt"
            CHANGED  | COPIED   | -          | c.txt        | 5         | -        | "\t    Changed   \t\t       5\tc.txt"
            SAME     | COPIED   | -          | s.txt        | 5         | -        | "\t    Same      \t\t       5\ts.txt"
            TWEAKED  | COPIED   | -          | t.txt        | 5         | -        | "\t    Tweaked   \t\t       5\tt.txt"
            NEW      | FAILED   | -          | a.pst        | 2048      | -        | "\t    New File  \t\t    2048\ta.pst"
            SAME     | SKIPPED  | -          | notes.txt    | 512       | -        | "\t          same\t\t     512\tnotes.txt"
            OLDER    | SKIPPED  | -          | o.txt        | 1         | -        | "\t         older\t\t       1\to.txt"
            NEWER    | SKIPPED  | -          | n.txt        | 1         | -        | "\t         newer\t\t       1\tn.txt"
            CHANGED  | SKIPPED  | -          | c.txt        | 1         | -        | "\t       changed\t\t       1\tc.txt"
            TWEAKED  | SKIPPED  | -          | t.txt        | 1         | -        | "\t       tweaked\t\t       1\tt.txt"
            NEW      | SKIPPED  | -          | l.txt        | 1         | -        | "\t        lonely\t\t       1\tl.txt"
            NEW      | EXCLUDED | -          | cache.tmp    | 12        | -        | "\t         named\t\t      12\tcache.tmp"
            NEW      | EXCLUDED | large      | big.iso      | 1073741824| -        | "\t         large\t\t   1.0 g\tbig.iso"
            NEW      | EXCLUDED | too old    | a.log        | 1         | -        | "\t       too old\t\t       1\ta.log"
            NEW      | VETOED   | lock file  | db/db.lock   | 0         | -        | "\t       skipped\t\t       0\tdb.lock\t(lock file)"
            EXTRA    | EXTRA    | -          | old/x.txt    | 300       | -        | "\t  *EXTRA File \t\t     300\tx.txt"
            EXTRA    | FAILED   | -          | old/y.txt    | 300       | -        | "\t  *EXTRA File \t\t     300\ty.txt"
            EXTRA    | EXTRA    | -          | old/x.txt    | 300       | FP       | "\t  *EXTRA File \t\t     300\t/mnt/nas/docs/old/x.txt"
            MISMATCH | MISMATCH | -          | report       | 10        | -        | "\t  *MISMATCH   \t\t      10\treport"
            NEW      | COPIED   | -          | a/b.txt      | 1048576   | BYTES    | "\t    New File  \t\t 1048576\tb.txt"
            NEW      | COPIED   | -          | a/b.txt      | 10        | NS       | "\t    New File  \t\t\tb.txt"
            NEW      | COPIED   | -          | a/b.txt      | 10        | NC       | "\t              \t\t      10\tb.txt"
            NEW      | COPIED   | -          | a/b.txt      | 10        | TS       | "\t    New File  \t\t      10 2026/11/20 08:15:00\tb.txt"
            NEW      | COPIED   | -          | a/b.txt      | 10        | NS TS    | "\t    New File  \t\t2026/11/20 08:15:00\tb.txt"
            NEW      | COPIED   | -          | a/b.txt      | 10        | FP       | "\t    New File  \t\t      10\t/srv/docs/a/b.txt"
            NEW      | COPIED   | -          | a/b.txt      | 10        | NC NS FP | "\t              \t\t\t/srv/docs/a/b.txt"
            """)
    void robocopyColumns(FileClass kind, Disposition disposition, String reason, String path, long size,
                         String flags, String expected) {
        FileLineFormat f = new FileLineFormat(switches(flags), ZoneOffset.UTC);
        assertEquals(expected, f.format(TestEvents.file(path, kind, disposition, reason, size)));
    }
}
