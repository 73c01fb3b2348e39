package dev.syncopate.dsl;

import java.io.PrintStream;

/**
 * Points {@code System.out} and {@code System.err} at a run's masked streams while it runs, and back
 * when it ends. Not only the script's own {@code println} writes to the console: {@code printf} in a
 * class of the script, {@code System.out.println(credentials.nas.password)}, a Java library. Through
 * the run's streams all of it is masked and in the run log, whatever API wrote it.
 *
 * <pre>{@code
 * try (StandardStreams s = StandardStreams.redirect(maskedOut, maskedErr)) {
 *     script.run();
 * }
 * }</pre>
 *
 * <p>The run's streams must not write to {@code System.out} looked up anew (that would be a loop);
 * they write to the stream objects the run was given, the real console in {@code syncopate run}.
 */
final class StandardStreams implements AutoCloseable {
    private final PrintStream previousOut;
    private final PrintStream previousErr;

    private StandardStreams(PrintStream previousOut, PrintStream previousErr) {
        this.previousOut = previousOut;
        this.previousErr = previousErr;
    }

    /** Sets {@code System.out} and {@code System.err} to {@code out} and {@code err} until {@link #close}. */
    static StandardStreams redirect(PrintStream out, PrintStream err) {
        StandardStreams s = new StandardStreams(System.out, System.err);
        System.setOut(out);
        System.setErr(err);
        return s;
    }

    /** Restores the streams there were before; the run's streams stay open for their owner to close. */
    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(previousOut);
        System.setErr(previousErr);
    }
}
