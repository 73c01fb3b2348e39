package dev.syncopate.sync;

import dev.syncopate.execute.Chattr;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What jimfs cannot show: real file keys for link loops, FIFOs, and failures the kernel refuses
 * even to root (the tests run as root, so permission bits stop nothing; the immutable flag does).
 */
class RealFileSystemScenariosTest {
    @TempDir
    Path tmp;
    private final List<Duration> sleeps = new ArrayList<>();

    private Harness.Run run(UnaryOperator<SyncOptions.Builder> options) {
        SyncOptions o = options.apply(SyncOptions.builder(tmp.resolve("src"), tmp.resolve("dst"))).build();
        EngineContext context = new EngineContext(Clock.fixed(Trees.NOW, ZoneOffset.UTC), sleeps::add, ZoneOffset.UTC);
        List<SyncEvent> events = new ArrayList<>();
        return new Harness.Run(new SyncEngine(o, context).run(events::add), events);
    }

    @Test
    @Timeout(20)
    void linkLoopsEndWithAWarning() throws Exception {
        Trees.build(tmp.resolve("src"), "a=1", "sub/b=2", "sub/up->..", "sub/deeper/root->" + tmp.resolve("src"));
        Harness.Run r = run(b -> b.mirror());
        assertEquals(1, r.code(), r.describe());
        assertEquals(Trees.sorted("a=1", "sub/", "sub/b=2", "sub/deeper/"), Trees.snapshot(tmp.resolve("dst")));
        assertEquals(2, r.notices().stream().filter(n -> n.contains("symbolic link loop")).count(), r.describe());
    }

    @Test
    @Timeout(20)
    void copyLinksKeepsLoopsAsLinks() throws Exception {
        Trees.build(tmp.resolve("src"), "a=1", "sub/up->..");
        Harness.Run r = run(b -> b.mirror().copyLinks(true));
        assertEquals(1, r.code(), r.describe());
        assertEquals(Trees.sorted("a=1", "sub/", "sub/up->.."), Trees.snapshot(tmp.resolve("dst")));
    }

    @Test
    @Timeout(20)
    void aSourceLinkToTheDestinationIsNotFollowedIntoIt() throws Exception {
        Trees.build(tmp.resolve("src"), "a=1", "out->" + tmp.resolve("dst"));
        Trees.build(tmp.resolve("dst"));
        for (int i = 0; i < 2; i++) {
            Harness.Run r = run(b -> b.mirror());
            assertEquals(List.of("a=1"), Trees.snapshot(tmp.resolve("dst")), r.describe());
        }
    }

    @Test
    void nanosecondTimesSurviveTheRoundTrip() throws Exception {
        Trees.build(tmp.resolve("src"), "a=1");
        assumeTrue(Trees.mtime(tmp.resolve("src/a")) == Trees.T0_NANOS, "the file system keeps nanoseconds");
        assertEquals(1, run(b -> b).code());
        assertEquals(Trees.T0_NANOS, Trees.mtime(tmp.resolve("dst/a")));
        assertEquals(0, run(b -> b).code());
    }

    @Test
    void aFifoIsLeftOutAsSpecial() throws Exception {
        Trees.build(tmp.resolve("src"), "a=1");
        Process p = new ProcessBuilder("mkfifo", tmp.resolve("src/pipe").toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo");
        Harness.Run r = run(b -> b);
        assertEquals(1, r.code(), r.describe());
        assertEquals(List.of("a=1"), Trees.snapshot(tmp.resolve("dst")));
        assertEquals(List.of("a COPIED", "pipe EXCLUDED"), r.dispositions());
    }

    @Test
    void anExtraThatCannotBeDeletedIsAFailureAfterRetries() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Trees.build(tmp.resolve("src"), "a=1");
        Trees.build(tmp.resolve("dst"), "a=1", "stuck=1", "gone=1");
        Path stuck = tmp.resolve("dst/stuck");
        assumeTrue(Chattr.immutable(stuck, true), "chattr +i is available");
        try {
            Harness.Run r = run(b -> b.mirror().retries(2).waitTime(Duration.ofSeconds(4)));
            assertEquals(2 | 8, r.code(), r.describe());
            assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4)), sleeps);
            assertEquals(3, r.errors().size(), r.describe());
            assertEquals("Deleting Extra File", r.errors().get(0).action());
            assertEquals(5, r.errors().get(2).code(), "EPERM reads as Access is denied");
            assertEquals(Trees.sorted("a=1", "stuck=1"), Trees.snapshot(tmp.resolve("dst")));
        } finally {
            Chattr.immutable(stuck, false);
        }
    }

    @Test
    void aDestinationDirectoryThatRefusesNewFilesFailsItsCopies() throws Exception {
        Trees.build(tmp.resolve("src"), "a=1", "locked/b=2", "locked/c=3", "open/d=4");
        Trees.build(tmp.resolve("dst"), "locked/");
        Path locked = tmp.resolve("dst/locked");
        assumeTrue(Chattr.immutable(locked, true), "chattr +i is available");
        try {
            Harness.Run r = run(b -> b.emptyDirs().retries(1).waitTime(Duration.ofSeconds(1)));
            assertEquals(1 | 8, r.code(), r.describe());
            assertEquals("4 2 0 0 2 0", r.files());
            assertEquals(List.of("a COPIED", "locked/b FAILED", "locked/c FAILED", "open/d COPIED"), r.dispositions());
            assertTrue(Trees.snapshot(tmp.resolve("dst")).containsAll(List.of("a=1", "open/d=4")));
        } finally {
            Chattr.immutable(locked, false);
        }
    }
}
