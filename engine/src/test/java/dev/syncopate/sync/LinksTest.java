package dev.syncopate.sync;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.syncopate.sync.Row.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Symbolic links: followed by default (with loop detection), copied as links under /SL, left out by /XJ. */
class LinksTest {
    private static final String[] TREE = {"a=1", "sub/b=2", "ln->a", "dl->sub"};

    static Stream<Arguments> rows() {
        return Row.cross(
                row("links are followed by default").src(TREE).with(b -> b.emptyDirs())
                        .expect("a=1", "dl/", "dl/b=2", "ln=1", "sub/", "sub/b=2").exit(1).files("4 4 0 0 0 0"),
                row("/SL copies links as links").src(TREE).with(b -> b.emptyDirs().copyLinks(true))
                        .expect("a=1", "dl->sub", "ln->a", "sub/", "sub/b=2").exit(1).files("4 4 0 0 0 0"),
                row("/SL replaces a file with the link").src("a=1", "ln->a").dst("ln=old@-5")
                        .with(b -> b.copyLinks(true)).expect("a=1", "ln->a").exit(1),
                row("/XJD leaves directory links out").src(TREE).with(b -> b.emptyDirs().excludeDirLinks())
                        .expect("a=1", "ln=1", "sub/", "sub/b=2").exit(1),
                row("/XJF leaves file links out").src(TREE).with(b -> b.emptyDirs().excludeFileLinks())
                        .expect("a=1", "dl/", "dl/b=2", "sub/", "sub/b=2").exit(1),
                row("/XJ leaves both out").src(TREE).with(b -> b.emptyDirs().excludeJunctions())
                        .expect("a=1", "sub/", "sub/b=2").exit(1).files("3 2 1 0 0 0"),
                row("/MIR purges an extra link, not what it points to").src("a=1", "keep/k=1")
                        .dst("keep/k=1", "ext->keep").with(b -> b.mirror())
                        .expect("a=1", "keep/", "keep/k=1").exit(3),
                row("a dangling link is kept as a link").src("a=1", "dead->nowhere")
                        .expect("a=1", "dead->nowhere").exit(1));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("rows")
    void scenario(String name, Trees.Fs fs, Row row) throws Exception {
        row.check(fs);
    }

    /** A link to an ancestor: the walk ends with a warning instead of descending forever. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    @Timeout(20)
    void linkToAnAncestorEndsWithAWarning(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/b=2", "sub/up->..", "sub/deeper/self->../../sub");
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(List.of("a=1", "sub/", "sub/b=2", "sub/deeper/"), h.destinationTree(), r.describe());
            assertEquals(1, r.code(), r.describe());
            List<String> loops = r.notices().stream().filter(n -> n.contains("symbolic link loop")).toList();
            assertEquals(2, loops.size(), r.describe());
            assertTrue(loops.get(0).contains(h.path("src/sub/deeper/self").toString())
                    || loops.get(0).contains(h.path("src/sub/up").toString()), loops.toString());
        }
    }

    /** A link to a sibling directory is not a loop: its content is copied a second time. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    @Timeout(20)
    void linkToASiblingIsNotALoop(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("x/a=1", "y/tox->../x");
            Harness.Run r = h.run(b -> b.emptyDirs());
            assertEquals(List.of("x/", "x/a=1", "y/", "y/tox/", "y/tox/a=1"), h.destinationTree(), r.describe());
            assertTrue(r.notices().isEmpty(), r.describe());
        }
    }
}
