package dev.syncopate.sync;

import com.google.common.jimfs.Jimfs;
import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Source and destination on two different file systems: a Unix source into a Windows destination and back. */
class CrossFileSystemTest {

    private static Harness.Run run(Path src, Path dst) {
        SyncOptions o = SyncOptions.builder(src, dst).mirror().build();
        List<SyncEvent> events = new ArrayList<>();
        SyncResult r = new SyncEngine(o, new EngineContext(Clock.fixed(Trees.NOW, ZoneOffset.UTC), d -> { },
                ZoneOffset.UTC)).run(events::add);
        return new Harness.Run(r, events);
    }

    @Test
    void unixToWindowsAndBack() throws Exception {
        try (FileSystem unix = Jimfs.newFileSystem(Trees.Fs.UNIX.config);
             FileSystem windows = Jimfs.newFileSystem(Trees.Fs.WINDOWS.config)) {
            Path src = unix.getPath("/src");
            for (int i = 0; i < 10; i++) {
                Files.createDirectories(windows.getPath("C:\\pad" + i));   // pushes the destination's file id up
            }
            Path dst = Files.createDirectories(windows.getPath("C:\\dst"));
            // jimfs numbers files per instance: make a source directory share the destination root's
            // file key, which must not make it look like the destination.
            Object dstKey = Files.readAttributes(dst, BasicFileAttributes.class).fileKey();
            boolean collides = false;
            for (int i = 0; i < 20; i++) {
                Trees.build(src, "d" + i + "/");
                collides |= dstKey.equals(Files.readAttributes(src.resolve("d" + i), BasicFileAttributes.class).fileKey());
            }
            for (int i = 0; i < 20; i++) {
                Trees.build(src, "d" + i + "/f=" + i);
            }
            assertTrue(collides, "a source directory has the destination's file key");

            Harness.Run r = run(src, dst);
            assertEquals(1, r.code(), r.describe());
            assertEquals(Trees.snapshot(src), Trees.snapshot(dst));
            assertEquals(Trees.T0_NANOS, Trees.mtime(dst.resolve("d7").resolve("f")));

            Path back = unix.getPath("/back");
            assertEquals(1, run(dst, back).code());
            assertEquals(Trees.snapshot(src), Trees.snapshot(back));
            assertEquals(0, run(src, dst).code(), "nothing left to do");
        }
    }

    /**
     * Names that differ only in case are one name on Windows: the second is left out, never
     * overwrites the first, and is a failure with an error line (exit bit 8), not a silent skip.
     */
    @Test
    void namesThatCollideOnTheDestinationAreReportedNotMerged() throws Exception {
        try (FileSystem unix = Jimfs.newFileSystem(Trees.Fs.UNIX.config);
             FileSystem windows = Jimfs.newFileSystem(Trees.Fs.WINDOWS.config)) {
            Path src = unix.getPath("/src");
            Trees.build(src, "Readme=upper", "readme=lower");
            Path dst = windows.getPath("C:\\dst");
            Harness.Run r = run(src, dst);
            assertEquals(List.of("Readme=upper"), Trees.snapshot(dst), r.describe());
            assertEquals(List.of("Readme COPIED", "readme FAILED"), r.dispositions());
            assertEquals(1 | 8, r.code(), r.describe());
            SyncEvent.ErrorLine e = r.errors().get(0);
            assertEquals(ErrorCodes.FILE_EXISTS, e.code());
            assertEquals("Copying File", e.action());
            assertEquals(src.resolve("readme"), e.path());
            assertEquals("The file exists. (Duplicate name: Readme differs from this name only in case, so they"
                    + " count as one: Readme is copied, this one is not. Rename one of them.)", e.message());
        }
    }
}
