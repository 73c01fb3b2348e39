package dev.syncopate.runstate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run lock: acquire, busy (in this JVM and in another process), stale, release; and what it says. */
class RunLockTest {
    private static final Instant SINCE = Instant.parse("2026-11-20T23:00:01Z");
    private static final Clock SAME_DAY = Clock.fixed(Instant.parse("2026-11-20T23:59:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path tmp;

    private Path lockFile() {
        return tmp.resolve("runs/nightly.sync.groovy-0123456789ab.lock");
    }

    private Path lockFileWith(String text) throws IOException {
        Files.createDirectories(lockFile().getParent());
        return Files.writeString(lockFile(), text);
    }

    /** Takes the lock and releases it again; returns the owner of the stale lock it took over, or null. */
    private LockOwner acquireAndRelease() throws IOException {
        RunLock.Acquired a = assertInstanceOf(RunLock.Acquired.class, RunLock.acquire(lockFile(), me()));
        a.lock().close();
        return a.previous();
    }

    private static LockOwner me() {
        return LockOwner.current(SINCE, Path.of("/etc/syncopate/nightly.sync.groovy"));
    }

    @Test
    void acquiringWritesWhoHoldsItAndReleasingEmptiesTheFileButKeepsIt() throws IOException {
        RunLock.Acquired a = assertInstanceOf(RunLock.Acquired.class, RunLock.acquire(lockFile(), me()));
        assertNull(a.previous());
        assertEquals("pid=" + ProcessHandle.current().pid() + "\nsince=2026-11-20T23:00:01Z\n"
                + "script=/etc/syncopate/nightly.sync.groovy\n", Files.readString(lockFile()));
        assertEquals(new RunLock.Held(me()), RunLock.probe(lockFile()));

        a.lock().close();

        assertEquals("", Files.readString(lockFile()), "never deleted, only emptied");
        assertEquals(new RunLock.Free(), RunLock.probe(lockFile()));
        assertNull(acquireAndRelease(), "a released lock is not a stale one");
    }

    @Test
    void aSecondRunInThisJvmIsBusyAndTheFirstKeepsItsLock() throws IOException {
        RunLock.Acquired first = assertInstanceOf(RunLock.Acquired.class, RunLock.acquire(lockFile(), me()));
        RunLock.Busy busy = assertInstanceOf(RunLock.Busy.class, RunLock.acquire(lockFile(), me()));
        assertEquals(me(), busy.owner());
        assertEquals("already running (pid " + ProcessHandle.current().pid() + ", since 23:00:01)",
                busy.message(SAME_DAY));
        // The refused attempt must not have opened (and closed) the file: that drops the process's locks.
        assertNull(LockHolder.start(lockFile(), SINCE), "another process still finds it held");
        assertEquals(new RunLock.Held(me()), RunLock.probe(lockFile()));
        first.lock().close();
    }

    @Test
    void aLockHeldByAnotherProcessIsBusyAndOnceItIsKilledItIsStaleAndTakenOver() throws IOException {
        try (LockHolder other = LockHolder.start(lockFile(), SINCE)) {
            RunLock.Busy busy = assertInstanceOf(RunLock.Busy.class, RunLock.acquire(lockFile(), me()));
            assertEquals("already running (pid " + other.pid() + ", since 23:00:01)", busy.message(SAME_DAY));
            assertEquals(other.pid(), assertInstanceOf(RunLock.Held.class, RunLock.probe(lockFile())).owner().pid());

            other.kill();

            RunLock.Stale stale = assertInstanceOf(RunLock.Stale.class, RunLock.probe(lockFile()));
            assertEquals(other.pid(), stale.owner().pid());
            assertEquals(SINCE, stale.owner().since());
            RunLock.Acquired taken = assertInstanceOf(RunLock.Acquired.class, RunLock.acquire(lockFile(), me()));
            assertEquals(other.pid(), taken.previous().pid());
            assertTrue(Files.readString(lockFile()).startsWith("pid=" + ProcessHandle.current().pid() + "\n"));
            taken.lock().close();
        }
    }

    @Test
    void aLockReleasedByAnotherProcessIsFree() throws IOException {
        try (LockHolder other = LockHolder.start(lockFile(), SINCE)) {
            assertInstanceOf(RunLock.Held.class, RunLock.probe(lockFile()));
        }
        assertEquals(new RunLock.Free(), RunLock.probe(lockFile()));
        assertNull(acquireAndRelease());
    }

    @Test
    void aFileThatNamesARunNobodyHoldsIsAStaleLock() throws IOException {
        lockFileWith("pid=4242\nsince=2026-11-19T23:00:01Z\nscript=/x.sync.groovy\n");

        RunLock.Stale stale = assertInstanceOf(RunLock.Stale.class, RunLock.probe(lockFile()));
        assertEquals(new LockOwner(4242, Instant.parse("2026-11-19T23:00:01Z"), Path.of("/x.sync.groovy")),
                stale.owner());
        assertEquals(stale.owner(), acquireAndRelease());
    }

    @Test
    void aFileThatNamesNobodyIsNoStaleLock() throws IOException {
        lockFileWith("not a lock file\n");
        assertEquals(new RunLock.Free(), RunLock.probe(lockFile()));
        assertNull(acquireAndRelease());
    }

    @Test
    void aLockOfAnotherChannelInThisJvmIsBusyNotAnException() throws IOException {
        lockFileWith(me().text());
        try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.WRITE);
             FileLock whole = channel.lock()) {
            assertTrue(whole.isValid());
            RunLock.Busy busy = assertInstanceOf(RunLock.Busy.class, RunLock.acquire(lockFile(), me()));
            assertEquals(me(), busy.owner());
            assertEquals(new RunLock.Held(me()), RunLock.probe(lockFile()));
        }
    }

    @Test
    void aBusyLockWhoseFileNamesNobodySaysWhichFile() {
        RunLock.Busy busy = new RunLock.Busy(lockFile(), null);
        assertEquals("already running (another run holds " + lockFile() + ")", busy.message(SAME_DAY));
    }

    @Test
    void theOwnerTextReadsBack() {
        assertEquals(me(), LockOwner.parse(me().text()));
        assertNull(LockOwner.parse(""));
        assertNull(LockOwner.parse("pid=12\n"), "a file torn before 'since'");
        assertNull(LockOwner.parse("pid=x\nsince=2026-11-20T23:00:01Z\n"));
    }

    @ParameterizedTest(name = "{0} seen at {1} in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20T23:00:01Z | 2026-11-20T23:59:00Z | UTC           | 23:00:01
            2026-11-20T23:00:01Z | 2026-11-21T00:00:01Z | UTC           | 2026-11-20 23:00:01
            2026-11-20T23:00:01Z | 2026-11-21T00:30:00Z | Europe/Berlin | 00:00:01
            2026-11-20T22:00:01Z | 2026-11-20T23:30:00Z | Europe/Berlin | 2026-11-20 23:00:01
            """)
    void aMomentTodayIsATimeAndOnAnotherDayADateAndTime(String moment, String now, String zone, String expected) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneId.of(zone));
        assertEquals(expected, LockOwner.when(Instant.parse(moment), clock));
    }
}
