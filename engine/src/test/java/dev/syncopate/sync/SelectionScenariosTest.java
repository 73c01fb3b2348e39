package dev.syncopate.sync;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.scan.Attribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static dev.syncopate.sync.Row.row;
import static dev.syncopate.sync.Trees.Fs.UNIX;
import static dev.syncopate.sync.Trees.Fs.WINDOWS;

/**
 * Which files take part: /XF /XD, the class switches /XC /XN /XO /XX /XL /IS /IT, sizes, ages,
 * /FFT /DST and the attribute switches /A /M /IA /XA. Files default to T0 = ten days before the
 * run; counts are "total copied skipped mismatch failed extras".
 */
class SelectionScenariosTest {
    private static final int R = Attribute.READ_ONLY.bit();
    private static final int H = Attribute.HIDDEN.bit();

    static Stream<Arguments> rows() {
        return Row.cross(
                // names
                row("/XF by wildcard").src("a.txt=1", "b.tmp=2", "sub/c.tmp=3").with(b -> b.emptyDirs().excludeFiles("*.tmp"))
                        .expect("a.txt=1", "sub/").exit(1).files("3 1 2 0 0 0"),
                row("/XF by relative path").src("a.tmp=1", "sub/a.tmp=2").with(b -> b.emptyDirs().excludeFiles("sub/a.tmp"))
                        .expect("a.tmp=1", "sub/").exit(1),
                row("/XF extra is never purged").src("a=1").dst("a=1", "keep.log=9", "x=9")
                        .with(b -> b.mirror().excludeFiles("*.log"))
                        .expect("a=1", "keep.log=9").exit(2).files("1 0 1 0 0 1"),
                row("/XD at any depth").src("a=1", "cache/c=1", "sub/cache/d=1", "sub/e=1")
                        .with(b -> b.emptyDirs().excludeDirs("cache"))
                        .expect("a=1", "sub/", "sub/e=1").exit(1).files("2 2 0 0 0 0").dirs("4 1 3 0 0 0"),
                row("/XD by relative path").src("cache/c=1", "sub/cache/d=1")
                        .with(b -> b.emptyDirs().excludeDirs("sub/cache"))
                        .expect("cache/", "cache/c=1", "sub/").exit(1),
                row("/XD extra dir is never purged").src("a=1", "s/b=1").dst("a=1", "cache/z=1", "old/z=1", "s/cache/y=1")
                        .with(b -> b.mirror().excludeDirs("cache"))
                        .expect("a=1", "cache/", "cache/z=1", "s/", "s/b=1", "s/cache/", "s/cache/y=1").exit(3),
                row("/XD by absolute source path protects the extra").src("a=1").dst("a=1", "keep/z=1")
                        .with(b -> b.mirror().excludeDirs(b.build().source().resolve("keep").toString()))
                        .expect("a=1", "keep/", "keep/z=1").exit(0),
                row("file specs select names; others are neither copied nor purged").src("a.txt=1", "b.doc=2")
                        .dst("x.doc=9", "y.txt=9").with(b -> b.mirror().filePatterns("*.txt"))
                        .expect("a.txt=1", "x.doc=9").exit(3).files("1 1 0 0 0 1"),
                // classes
                row("/XC skips changed").src("a=abc").dst("a=ab").with(b -> b.excludeChanged())
                        .expect("a=ab").exit(0).files("1 0 1 0 0 0"),
                row("/XN skips newer").src("a=new@+10").dst("a=old").with(b -> b.excludeNewer())
                        .expect("a=old").exit(0).files("1 0 1 0 0 0"),
                row("/XO skips older").src("a=old@-10").dst("a=new").with(b -> b.excludeOlder())
                        .expect("a=new").exit(0).files("1 0 1 0 0 0"),
                row("/XO still copies newer").src("a=new@+10").dst("a=old").with(b -> b.excludeOlder())
                        .expect("a=new").exit(1),
                row("/XX hides extras from report and purge").src("a=1").dst("a=1", "x=9", "old/y=1")
                        .with(b -> b.mirror().excludeExtra())
                        .expect("a=1", "old/", "old/y=1", "x=9").exit(0).files("1 0 1 0 0 0").dirs("1 0 1 0 0 0"),
                row("/XL skips new files and dirs").src("a=2@+5", "b=2", "sub/c=3").dst("a=1")
                        .with(b -> b.emptyDirs().excludeLonely())
                        .expect("a=2").exit(1).files("2 1 1 0 0 0"),
                row("/IS copies same").src("a=x").dst("a=y").with(b -> b.includeSame())
                        .expect("a=x").exit(1).files("1 1 0 0 0 0"),
                row("tweaked is same without /IT (posix)").only(UNIX).src("a=x#rw-------").dst("a=x#rw-r--r--")
                        .exit(0).files("1 0 1 0 0 0"),
                row("/IT copies tweaked (posix)").only(UNIX).src("a=x#rw-------").dst("a=y#rw-r--r--")
                        .with(b -> b.includeTweaked()).expect("a=x").exit(1).files("1 1 0 0 0 0"),
                row("tweaked is same without /IT (dos)").only(WINDOWS).src("a=x#AH").dst("a=x#A")
                        .exit(0).files("1 0 1 0 0 0"),
                row("/IT copies tweaked (dos)").only(WINDOWS).src("a=x#AH").dst("a=y#A")
                        .with(b -> b.includeTweaked()).expect("a=x").exit(1).files("1 1 0 0 0 0"),
                row("/IS leaves tweaked alone (posix)").only(UNIX).src("a=x#rw-------").dst("a=y#rw-r--r--")
                        .with(b -> b.includeSame()).expect("a=y").exit(0).files("1 0 1 0 0 0"),
                row("/IS leaves tweaked alone (dos)").only(WINDOWS).src("a=x#AH").dst("a=y#A")
                        .with(b -> b.includeSame()).expect("a=y").exit(0).files("1 0 1 0 0 0"),
                row("/IS /IT copy tweaked and same (posix)").only(UNIX).src("a=x#rw-------", "b=x")
                        .dst("a=y#rw-r--r--", "b=y").with(b -> b.includeSame().includeTweaked())
                        .expect("a=x", "b=x").exit(1).files("2 2 0 0 0 0"),
                // sizes and ages
                row("/MAX leaves large files out").src("small=1", "big=1234567").with(b -> b.maxSize(5))
                        .expect("small=1").exit(1).files("2 1 1 0 0 0"),
                row("/MIN leaves small files out").src("small=1", "big=1234567").with(b -> b.minSize(5))
                        .expect("big=1234567").exit(1),
                row("/MAXAGE:n days").src("old=1@-30d", "fresh=2").with(b -> b.maxAge(AgeLimit.ofDays(20)))
                        .expect("fresh=2").exit(1).files("2 1 1 0 0 0"),
                row("/MINAGE:n days").src("old=1@-30d", "fresh=2").with(b -> b.minAge(AgeLimit.ofDays(20)))
                        .expect("old=1").exit(1),
                row("/MAXAGE:YYYYMMDD").src("old=1@-30d", "fresh=2")
                        .with(b -> b.maxAge(AgeLimit.ofDate(LocalDate.of(2024, 2, 15)))).expect("fresh=2").exit(1),
                row("/MINAGE:YYYYMMDD").src("old=1@-30d", "fresh=2")
                        .with(b -> b.minAge(AgeLimit.ofDate(LocalDate.of(2024, 2, 15)))).expect("old=1").exit(1),
                row("an age-excluded extra is still purged").src("old=1@-30d").dst("old=1@-30d", "x=9@-30d")
                        .with(b -> b.mirror().maxAge(AgeLimit.ofDays(20))).expect("old=1").exit(2),
                // times
                row("one second later is newer").src("a=x@+1").dst("a=y").expect("a=x").exit(1),
                row("/FFT forgives two seconds").src("a=x@+2").dst("a=y").with(b -> b.fatTimes())
                        .expect("a=y").exit(0).files("1 0 1 0 0 0"),
                row("/FFT does not forgive three seconds").src("a=x@+3").dst("a=y").with(b -> b.fatTimes())
                        .expect("a=x").exit(1),
                row("an hour later is newer").src("a=x@+3600").dst("a=y").expect("a=x").exit(1),
                row("/DST forgives exactly an hour").src("a=x@+3600").dst("a=y").with(b -> b.dstTolerance())
                        .expect("a=y").exit(0),
                row("/DST forgives an hour earlier too").src("a=x@-3600").dst("a=y").with(b -> b.dstTolerance())
                        .expect("a=y").exit(0),
                row("/DST does not forgive two hours").src("a=x@+7200").dst("a=y").with(b -> b.dstTolerance())
                        .expect("a=x").exit(1),
                // attributes: POSIX has no archive bit, so /A and /M select everything there
                row("/A selects everything on POSIX").only(UNIX).src("a=1", ".b=2").with(b -> b.archiveOnly())
                        .expect("a=1", ".b=2").exit(1),
                row("/A selects archive-flagged files (dos)").only(WINDOWS).src("a=1#A", "b=2").with(b -> b.archiveOnly())
                        .expect("a=1").exit(1).files("2 1 1 0 0 0"),
                row("/IA:H selects dotfiles (posix)").only(UNIX).src(".h=1", "p=2").with(b -> b.includeAttributes(H))
                        .expect(".h=1").exit(1),
                row("/XA:H leaves dotfiles out (posix)").only(UNIX).src(".h=1", "p=2").with(b -> b.excludeAttributes(H))
                        .expect("p=2").exit(1),
                row("/XA:R leaves read-only files out (posix)").only(UNIX).src("ro=1#r--r--r--", "rw=2")
                        .with(b -> b.excludeAttributes(R)).expect("rw=2").exit(1),
                row("/IA:R selects read-only files (dos)").only(WINDOWS).src("ro=1#R", "rw=2")
                        .with(b -> b.includeAttributes(R)).expect("ro=1").exit(1),
                row("/XA:H leaves hidden files out (dos)").only(WINDOWS).src("h=1#AH", "n=2#A")
                        .with(b -> b.excludeAttributes(H)).expect("n=2").exit(1));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("rows")
    void scenario(String name, Trees.Fs fs, Row row) throws Exception {
        row.check(fs);
    }
}
