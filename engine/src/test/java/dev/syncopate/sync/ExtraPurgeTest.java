package dev.syncopate.sync;

import dev.syncopate.execute.Chattr;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Purging extras: exclusions inside an extra tree survive, and a delete that fails is counted. */
class ExtraPurgeTest {

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void excludedEntriesInsideAnExtraDirectoryAreNeverPurged(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination("a=1", "old/keep.log=1", "old/x=1", "old/cache/z=1");
            Harness.Run r = h.run(b -> b.mirror().excludeFiles("*.log").excludeDirs("cache"));
            assertEquals(Trees.sorted("a=1", "old/", "old/keep.log=1", "old/cache/", "old/cache/z=1"),
                    h.destinationTree(), r.describe());
        }
    }

    @Test
    void anExtraThatCannotBeDeletedIsCountedAsFailed(@TempDir Path tmp) throws Exception {
        Trees.build(tmp.resolve("src"), "a=1");
        Trees.build(tmp.resolve("dst"), "a=1", "stuck=1");
        Path stuck = tmp.resolve("dst/stuck");
        assumeTrue(Chattr.immutable(stuck, true), "chattr +i is available");
        try {
            SyncOptions o = SyncOptions.builder(tmp.resolve("src"), tmp.resolve("dst")).mirror().retries(0).build();
            List<SyncEvent> events = new ArrayList<>();
            SyncResult r = new SyncEngine(o, new EngineContext(Clock.fixed(Trees.NOW, ZoneOffset.UTC), d -> { },
                    ZoneOffset.UTC)).run(events::add);
            assertEquals(10, r.exitCode());
            assertEquals("1 0 1 0 1 1", Harness.counts(r.summary().files()), events.toString());
        } finally {
            Chattr.immutable(stuck, false);
        }
    }
}
