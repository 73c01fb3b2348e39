package dev.syncopate.sync;

import com.google.common.jimfs.Jimfs;
import dev.syncopate.classify.FileClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.syncopate.sync.Row.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The switches beyond Robocopy that decide what is overwritten and how: /BACKUPDIR, /VERIFY, /CHECKSUM. */
class BackupVerifyChecksumTest {

    static Stream<Arguments> rows() {
        return Row.cross(
                row("/CHECKSUM copies a same-size, same-time file with other content").src("a=xy", "b=same")
                        .dst("a=ab", "b=same").with(b -> b.checksum())
                        .expect("a=xy", "b=same").exit(1).files("2 1 1 0 0 0"),
                row("/CHECKSUM in subdirectories under /MIR").src("s/a=xy", "s/b=same").dst("s/a=ab", "s/b=same", "s/x=1")
                        .with(b -> b.mirror().checksum()).expect("s/", "s/a=xy", "s/b=same").exit(3),
                row("/CHECKSUM /L copies nothing, says it would").src("a=xy").dst("a=ab")
                        .with(b -> b.checksum().listOnly()).expect("a=ab").exit(1).files("1 1 0 0 0 0"),
                row("/CHECKSUM with /IS copies anyway").src("a=ab").dst("a=ab").with(b -> b.checksum().includeSame())
                        .expect("a=ab").exit(1),
                row("/VERIFY copies and checks").src("a=" + "v".repeat(100_000), "s/b=2").with(b -> b.subdirs().verify())
                        .expect("a=" + "v".repeat(100_000), "s/", "s/b=2").exit(1).files("2 2 0 0 0 0"),
                row("/VERIFY /Z together").src("a=abc").with(b -> b.verify().restartable())
                        .expect("a=abc").exit(1));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("rows")
    void scenario(String name, Trees.Fs fs, Row row) throws Exception {
        row.check(fs);
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void checksumReportsTheCopyAsChanged(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=xy");
            h.destination("a=ab");
            Harness.Run r = h.run(b -> b.checksum());
            assertEquals(FileClass.CHANGED, r.fileLines().get(0).kind(), r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void backupDirKeepsOverwrittenAndPurgedFiles(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=new@+5", "sub/b=new@+5", "same=1");
            h.destination("a=old", "sub/b=old", "same=1", "x=1", "sub/y=2", "olddir/z=3");
            Path bak = h.path("bak");
            Harness.Run r = h.run(b -> b.mirror().backupDir(bak));
            assertEquals(3, r.code(), r.describe());
            assertEquals(Trees.sorted("a=new", "same=1", "sub/", "sub/b=new"), h.destinationTree());
            assertEquals(Trees.sorted("a=old", "sub/", "sub/b=old", "x=1", "sub/y=2", "olddir/", "olddir/z=3"),
                    Trees.snapshot(bak));

            h.source("a=newer@+10");
            Harness.Run again = h.run(b -> b.mirror().backupDir(bak));
            assertEquals(1, again.code(), again.describe());
            assertEquals(List.of("a=new"), Trees.snapshot(bak).stream().filter(s -> s.startsWith("a.1")).map(
                    s -> s.replace("a.1", "a")).toList(), "an earlier backup is kept, the next one numbered");
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void backupDirOnAnotherFileSystem(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs); FileSystem other = Jimfs.newFileSystem(Trees.Fs.UNIX.config)) {
            h.source("a=new@+5");
            h.destination("a=old", "old/z=3");
            Path bak = other.getPath("/backups/run1");
            Harness.Run r = h.run(b -> b.mirror().backupDir(bak));
            assertEquals(3, r.code(), r.describe());
            assertEquals(List.of("a=new"), h.destinationTree());
            assertEquals(Trees.sorted("a=old", "old/", "old/z=3"), Trees.snapshot(bak));
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void backupDirUnderListOnlyIsNotTouched(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=new@+5");
            h.destination("a=old", "x=1");
            Harness.Run r = h.run(b -> b.mirror().backupDir(h.path("bak")).listOnly());
            assertEquals(3, r.code(), r.describe());
            assertEquals(List.of("<absent>"), Trees.snapshot(h.path("bak")));
            assertEquals(List.of("a=old", "x=1"), h.destinationTree());
        }
    }
}
