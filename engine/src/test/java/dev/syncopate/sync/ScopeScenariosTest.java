package dev.syncopate.sync;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.syncopate.sync.Row.row;

/**
 * The basic classes and the scope switches, /S /E /LEV /PURGE /MIR /MOV /MOVE /CREATE, on both file
 * systems. Counts are "total copied skipped mismatch failed extras".
 */
class ScopeScenariosTest {

    static Stream<Arguments> rows() {
        return Row.cross(
                row("typical sync").src("a.txt=1", "b.txt=22").dst()
                        .expect("a.txt=1", "b.txt=22").exit(1).files("2 2 0 0 0 0").dirs("1 0 1 0 0 0"),
                row("dst missing is created").src("a.txt=1").noDst()
                        .expect("a.txt=1").exit(1).files("1 1 0 0 0 0").dirs("1 1 0 0 0 0"),
                row("nothing to do").src("a=1", "b=2").dst("a=1", "b=2")
                        .expect("a=1", "b=2").exit(0).files("2 0 2 0 0 0"),
                row("newer source overwrites").src("a=new@+10").dst("a=old")
                        .expect("a=new").exit(1).files("1 1 0 0 0 0"),
                row("older source overwrites too").src("a=old@-10").dst("a=new")
                        .expect("a=old").exit(1).files("1 1 0 0 0 0"),
                row("changed size, same time").src("a=abc").dst("a=ab")
                        .expect("a=abc").exit(1).files("1 1 0 0 0 0"),
                row("same size and time, other content: skipped").src("a=xy").dst("a=ab")
                        .expect("a=ab").exit(0).files("1 0 1 0 0 0"),
                row("dst has extra").src("a=1").dst("a=1", "x=9")
                        .expect("a=1", "x=9").exit(2).files("1 0 1 0 0 1"),
                row("dst has extra dir, no purge").src("a=1").dst("a=1", "old/x=9").with(b -> b.emptyDirs())
                        .expect("a=1", "old/", "old/x=9").exit(2).dirs("1 0 1 0 0 1"),
                row("mirror purges extra").src("a=1").dst("a=1", "x=9").with(b -> b.mirror())
                        .expect("a=1").exit(2).files("1 0 1 0 0 1"),
                row("mirror purges extra dir tree").src("a=1", "keep/k=1").dst("a=1", "old/x=9", "old/deep/y=1",
                                "keep/k=1", "keep/gone=2").with(b -> b.mirror())
                        .expect("a=1", "keep/", "keep/k=1").exit(2).dirs("2 0 2 0 0 1").files("2 0 2 0 0 1"),
                row("mirror into missing dst").src("a=1", "s/b=2", "e/").noDst().with(b -> b.mirror())
                        .expect("a=1", "e/", "s/", "s/b=2").exit(1).files("2 2 0 0 0 0").dirs("3 3 0 0 0 0"),
                row("purge without /S stays at the top").src("a=1", "sub/b=2").dst("a=1", "x=9", "sub/y=8")
                        .with(b -> b.purge())
                        .expect("a=1", "sub/", "sub/y=8").exit(2).files("1 0 1 0 0 1"),
                row("purge without /S keeps an extra dir it cannot see into").src("a=1").dst("a=1", "old/x=9")
                        .with(b -> b.purge()).expect("a=1", "old/", "old/x=9").exit(2).dirs("1 0 1 0 0 1"),
                row("/MIR /LEV:2 keeps an extra dir at the limit").src("a=1", "s1/b=2").dst("s1/s2/old=1")
                        .with(b -> b.mirror().levels(2))
                        .expect("a=1", "s1/", "s1/b=2", "s1/s2/", "s1/s2/old=1").exit(3),
                row("top only by default").src("a=1", "sub/b=2").dst()
                        .expect("a=1").exit(1).files("1 1 0 0 0 0").dirs("1 0 1 0 0 0"),
                row("/S leaves empty dirs out").src("a=1", "sub/b=2", "empty/").with(b -> b.subdirs())
                        .expect("a=1", "sub/", "sub/b=2").exit(1).files("2 2 0 0 0 0").dirs("2 1 1 0 0 0"),
                row("/S leaves a tree of empty dirs out").src("a=1", "x/y/z/").with(b -> b.subdirs())
                        .expect("a=1").exit(1).files("1 1 0 0 0 0"),
                row("/E copies empty dirs").src("a=1", "sub/b=2", "empty/").with(b -> b.emptyDirs())
                        .expect("a=1", "empty/", "sub/", "sub/b=2").exit(1).dirs("3 2 1 0 0 0"),
                row("/LEV:2 walks one level down").src("a=1", "s1/b=2", "s1/s2/c=3")
                        .with(b -> b.emptyDirs().levels(2))
                        .expect("a=1", "s1/", "s1/b=2").exit(1).files("2 2 0 0 0 0"),
                row("/LEV:1 is the top only").src("a=1", "s1/b=2").with(b -> b.emptyDirs().levels(1))
                        .expect("a=1").exit(1),
                row("/MIR /LEV:2 does not purge below the limit").src("a=1", "s1/b=2", "s1/s2/c=3")
                        .dst("s1/s2/old=1", "s1/x=1").with(b -> b.mirror().levels(2))
                        .expect("a=1", "s1/", "s1/b=2", "s1/s2/", "s1/s2/old=1").exit(3),
                row("/MOV deletes copied source files, keeps dirs").src("a=1", "sub/b=2").with(b -> b.subdirs().moveFiles())
                        .expect("a=1", "sub/", "sub/b=2").expectSource("sub/").exit(1),
                row("/MOV keeps files it skipped").src("a=1", "b=2").dst("a=1").with(b -> b.moveFiles())
                        .expect("a=1", "b=2").expectSource("a=1").exit(1).files("2 1 1 0 0 0"),
                row("/MOVE also removes emptied source dirs").src("a=1", "sub/b=2", "sub/deep/c=3")
                        .with(b -> b.emptyDirs().move())
                        .expect("a=1", "sub/", "sub/b=2", "sub/deep/", "sub/deep/c=3").expectSource("<absent>").exit(1),
                row("/MOVE keeps a source dir that still holds a skipped file").src("a=1", "sub/b=2", "sub/c=3")
                        .dst("sub/c=3").with(b -> b.emptyDirs().move())
                        .expectSource("sub/", "sub/c=3").exit(1),
                row("/MOVE /S keeps an empty source dir it did not copy").src("a=1", "empty/", "sub/b=2")
                        .with(b -> b.subdirs().move())
                        .expect("a=1", "sub/", "sub/b=2").expectSource("empty/").exit(1),
                row("/MOVE /L changes nothing").src("a=1", "sub/b=2").with(b -> b.emptyDirs().move().listOnly())
                        .expect().expectSource("a=1", "sub/", "sub/b=2").exit(1).files("2 2 0 0 0 0"),
                row("/MOV without D in /COPY keeps the source").src("a=1", "b=2@+5").dst("b=old")
                        .with(b -> b.moveFiles().copyFlags(dev.syncopate.options.CopyFlags.parse("T")))
                        .expect("b=old").expectSource("a=1", "b=2"),
                row("/MOV /CREATE keeps the source").src("a=1").with(b -> b.moveFiles().create())
                        .expect("a=").expectSource("a=1"),
                row("/CREATE makes zero-length files").src("a=hello", "sub/b=xyz").with(b -> b.emptyDirs().create())
                        .expect("a=", "sub/", "sub/b=").exit(1).files("2 2 0 0 0 0"),
                row("mismatch: file in source, dir in dst").src("x=1").dst("x/y=2").with(b -> b.mirror())
                        .expect("x/", "x/y=2").exit(4).files("1 0 0 1 0 0"),
                row("mismatch: dir in source, file in dst").src("d/a=1").dst("d=file").with(b -> b.mirror())
                        .expect("d=file").exit(4).dirs("2 0 1 1 0 0"),
                row("case-insensitive match on Windows").src("A.TXT=1@+5").dst("a.txt=0").with(b -> b.mirror())
                        .only(Trees.Fs.WINDOWS).expect("a.txt=1").exit(1).files("1 1 0 0 0 0"),
                row("NFD source name updates the NFC destination file").src("e\u0301.txt=new@+5")
                        .dst("\u00e9.txt=old").with(b -> b.mirror())
                        .only(Trees.Fs.UNIX).expect("\u00e9.txt=new").exit(1).files("1 1 0 0 0 0"),
                row("NFD source dir fills the NFC destination dir").src("d\u0307/a=new@+5")
                        .dst("\u1e0b/a=old").with(b -> b.mirror())
                        .only(Trees.Fs.UNIX).expect("\u1e0b/", "\u1e0b/a=new").exit(1).files("1 1 0 0 0 0"),
                row("case matters on Unix").src("A.TXT=1").dst("a.txt=0").with(b -> b.mirror())
                        .only(Trees.Fs.UNIX).expect("A.TXT=1").exit(3).files("1 1 0 0 0 1"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("rows")
    void scenario(String name, Trees.Fs fs, Row row) throws Exception {
        row.check(fs);
    }
}
