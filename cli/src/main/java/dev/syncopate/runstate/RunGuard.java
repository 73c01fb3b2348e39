package dev.syncopate.runstate;

import dev.syncopate.dsl.ScriptRunner.Outcome;
import dev.syncopate.event.Summary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Runs a script under its {@link RunLock} and records the run in its {@link RunJournal}: what
 * {@code syncopate run} wraps around the script. A run of a script that is still running is refused
 * at once (exit 16) and recorded as such; a stale lock left by a killed run is taken over, said on
 * stderr, and the killed run recorded as one that did not finish.
 *
 * <pre>{@code
 * RunGuard guard = new RunGuard(StateDir.resolve(System::getenv, false), System.err);
 * ScriptRunner.Outcome o = guard.run(script, dryRun, () -> new ScriptRunner(settings).run(script));
 * // o.exitCode() 16, o.error() "already running (pid 4242, since 23:00:01)" when it overlapped
 * }</pre>
 *
 * <p>When the lock cannot be taken (the state directory cannot be created or written), nothing runs:
 * a run without its lock could overlap another.
 */
public final class RunGuard {
    private final Path stateDir;
    private final PrintStream err;
    private final Clock clock;

    public RunGuard(Path stateDir, PrintStream err) {
        this(stateDir, err, Clock.systemDefaultZone());
    }

    RunGuard(Path stateDir, PrintStream err, Clock clock) {
        this.stateDir = stateDir;
        this.err = err;
        this.clock = clock;
    }

    /** Runs {@code body} holding the lock of {@code script}, or refuses to; either way the run is recorded. */
    public Outcome run(Path script, boolean dryRun, Supplier<Outcome> body) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.MILLIS);   // as the journal keeps it
        RunFiles files = RunFiles.of(stateDir, script);
        RunJournal journal = new RunJournal(files.journal());
        RunLock.Attempt attempt;
        try {
            attempt = RunLock.acquire(files.lock(), LockOwner.current(start, files.script()));
        } catch (IOException e) {
            return new Outcome(16, "cannot create the run lock " + files.lock() + ": " + RunJournal.reason(e)
                    + " (set SYNCOPATE_STATE_DIR to a writable folder; without the lock two runs could overlap)", e);
        }
        return switch (attempt) {
            case RunLock.Busy busy -> {
                String message = busy.message(clock);
                // Without the lock: one short O_APPEND write cannot tear the holder's lines.
                record(journal, RunRecord.ended(start, clock.instant(), clock.getZone(), 16, dryRun, Summary.EMPTY,
                        message));
                yield new Outcome(16, message, null);
            }
            case RunLock.Acquired acquired -> locked(acquired, start, dryRun, journal, body);
        };
    }

    private Outcome locked(RunLock.Acquired acquired, Instant start, boolean dryRun, RunJournal journal,
                           Supplier<Outcome> body) {
        try (RunLock ignored = acquired.lock()) {
            LockOwner previous = acquired.previous();
            if (previous != null) {
                err.println("syncopate: the previous run (pid " + previous.pid() + ", started "
                        + LockOwner.when(previous.since(), clock) + ") did not finish; taking over its lock");
                err.flush();
                record(journal, RunRecord.didNotFinish(previous, clock.getZone()));
            }
            Outcome o;
            try {
                o = body.get();
            } catch (RuntimeException | Error e) {
                // A bug: recorded (without its message, which could hold anything) before it is reported.
                record(journal, RunRecord.ended(start, clock.instant(), clock.getZone(), 16, dryRun, Summary.EMPTY,
                        "internal error (" + e.getClass().getSimpleName() + ")"));
                throw e;
            }
            // The note says why when the error does not (a timeout); the error is one line, already masked.
            String note = o.note() != null ? o.note() : o.error();
            record(journal, RunRecord.ended(start, clock.instant(), clock.getZone(), o.exitCode(), dryRun, o.totals(),
                    note));
            trim(journal);
            return o;
        }
    }

    /** A journal that cannot be written costs the record, never the run's exit code. */
    private void record(RunJournal journal, RunRecord r) {
        try {
            journal.append(r);
        } catch (IOException e) {
            warn("cannot record the run in " + journal.file() + ": " + RunJournal.reason(e));
        }
    }

    private void trim(RunJournal journal) {
        try {
            journal.trim();
        } catch (IOException e) {
            warn("cannot shorten " + journal.file() + ": " + RunJournal.reason(e));
        }
    }

    private void warn(String message) {
        err.println("syncopate: warning: " + message);
        err.flush();
    }
}
