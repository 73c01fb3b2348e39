package dev.syncopate.sync;

import dev.syncopate.event.Disposition;
import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.Retrier;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /R:n /W:n with copies that really fail. beforeCopy runs at plan time, after both listings, so a
 * hook can change the world between listing and copying: here it puts a non-empty directory where
 * the copy must rename its temp file (the rename fails every time), or deletes the source.
 */
class RetryTest {

    /** beforeCopy does {@code action} for the file named {@code name}; onError messages are collected. */
    private static final class Sabotage implements SyncHooks {
        final List<String> errors = new ArrayList<>();
        private final String name;
        private final Consumer<FileView> action;

        Sabotage(String name, Consumer<FileView> action) {
            this.name = name;
            this.action = action;
        }

        @Override
        public Verdict beforeCopy(FileView f) {
            if (f.name().equals(name)) {
                action.accept(f);
            }
            return Verdict.PROCEED;
        }

        @Override
        public void onError(FileView f, String message) {
            errors.add(f.path() + ": " + message);
        }
    }

    /** Puts a non-empty directory at the file's destination name. */
    private static void blockTarget(FileView f) {
        try {
            Files.createDirectories(f.target().resolve("blocker"));
            Files.writeString(f.target().resolve("blocker").resolve("x"), "x");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unblock(Path target) {
        try (var s = Files.walk(target)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aCopyThatKeepsFailingIsTriedOncePlusRetriesWithTheWaitBetween(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "b=2", "sub/c=3");
            h.destination();
            Sabotage hooks = new Sabotage("a", RetryTest::blockTarget);
            Harness.Run r = h.run(b -> b.subdirs().retries(2).waitTime(Duration.ofSeconds(7)).hooks(hooks));

            assertEquals(9, r.code(), r.describe());
            assertEquals("3 2 0 0 1 0", r.files());
            assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7)), h.sleeps);
            assertEquals(Duration.ofSeconds(14), r.result().summary().failedTime(), "Times: FAILED holds the waits");
            List<SyncEvent.ErrorLine> errors = r.errors();
            assertEquals(3, errors.size(), r.describe());
            assertEquals(List.of(true, true, false), errors.stream().map(SyncEvent.ErrorLine::retrying).toList());
            assertTrue(errors.stream().allMatch(e -> e.code() == ErrorCodes.DIR_NOT_EMPTY), r.describe());
            assertEquals(List.of(Retrier.RETRY_LIMIT_EXCEEDED), r.notices());
            assertEquals(List.of("a: The directory is not empty."), hooks.errors);
            assertEquals(List.of("a FAILED", "b COPIED", "sub/c COPIED"), r.dispositions(), "the run goes on");
            // The failed file's line comes before its error lines, as in Robocopy's log.
            int line = r.events().indexOf(r.fileLines().get(0));
            assertTrue(r.events().get(line + 1) instanceof SyncEvent.ErrorLine, r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aRetryThatSucceedsCountsAsCopied(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination();
            Sabotage hooks = new Sabotage("a", RetryTest::blockTarget);
            h.onSleep = () -> unblock(h.path("dst/a"));
            Harness.Run r = h.run(b -> b.retries(5).waitTime(Duration.ofSeconds(3)).hooks(hooks));

            assertEquals(1, r.code(), r.describe());
            assertEquals(List.of("a=1"), h.destinationTree());
            assertEquals(List.of(Duration.ofSeconds(3)), h.sleeps);
            assertEquals(Duration.ofSeconds(3), r.result().summary().failedTime(), "a wait is failed time, retry or not");
            assertEquals(1, r.errors().size());
            assertTrue(r.errors().get(0).retrying());
            assertEquals(List.of(), r.notices());
            assertEquals(List.of(), hooks.errors);
            assertEquals("1 1 0 0 0 0", r.files());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void noRetriesFailsAtOnce(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination();
            Harness.Run r = h.run(b -> b.retries(0).hooks(new Sabotage("a", RetryTest::blockTarget)));
            assertEquals(8, r.code(), r.describe());
            assertEquals(List.of(), h.sleeps);
            assertEquals(1, r.errors().size());
            assertEquals(List.of(Retrier.RETRY_LIMIT_EXCEEDED), r.notices());
        }
    }

    /** A source that vanished after the listing: waiting cannot bring it back, so no retries. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aSourceDeletedAfterTheListingFailsWithoutRetries(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "b=2");
            Sabotage hooks = new Sabotage("a", f -> {
                try {
                    Files.delete(f.source());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Harness.Run r = h.run(b -> b.retries(3).hooks(hooks));
            assertEquals(9, r.code(), r.describe());
            assertEquals(List.of("b=2"), h.destinationTree(), "no temp file is left behind");
            assertEquals(List.of(), h.sleeps);
            assertEquals(1, r.errors().size());
            assertEquals(ErrorCodes.FILE_NOT_FOUND, r.errors().get(0).code());
            assertEquals(Disposition.FAILED, r.fileLines().get(0).disposition());
            assertEquals(List.of("a: The system cannot find the file specified."), hooks.errors);
        }
    }
}
