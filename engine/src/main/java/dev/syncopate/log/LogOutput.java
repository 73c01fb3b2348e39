package dev.syncopate.log;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where finished log lines go: a file, the console, or both. Lines carry no terminator; each
 * output ends them with {@code \n} (never {@code \r\n}: the log is the same bytes on every
 * platform, and Windows tools read LF fine).
 *
 * <pre>{@code
 * LogOutput out = LogOutput.of(new StringBuilder());
 * out.line("   Ended : Sunday, 22 November 2026 02:43:15");
 * }</pre>
 */
public interface LogOutput {

    /** Writes one line. I/O failures surface as {@link UncheckedIOException}: a lost log is not silent. */
    void line(String text);

    default void flush() {
    }

    /** Flushes and releases what the output owns; an output that does not own its target only flushes. */
    default void close() {
        flush();
    }

    /** Lines appended to {@code target}; {@link #close} closes it when it is {@link Closeable}. */
    static LogOutput of(Appendable target) {
        return new LogOutput() {
            @Override
            public void line(String text) {
                try {
                    target.append(text).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the log", e);
                }
            }

            @Override
            public void flush() {
                if (target instanceof Flushable f) {
                    try {
                        f.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the log", e);
                    }
                }
            }

            @Override
            public void close() {
                flush();
                if (target instanceof Closeable c) {
                    try {
                        c.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot close the log", e);
                    }
                }
            }
        };
    }

    /** Every line to each of {@code outputs}, in order: {@code /TEE}. */
    static LogOutput tee(LogOutput... outputs) {
        return new LogOutput() {
            @Override
            public void line(String text) {
                for (LogOutput o : outputs) {
                    o.line(text);
                }
            }

            @Override
            public void flush() {
                for (LogOutput o : outputs) {
                    o.flush();
                }
            }

            @Override
            public void close() {
                for (LogOutput o : outputs) {
                    o.close();
                }
            }
        };
    }

    /** {@code out} with every line passed through {@code filter} first. */
    static LogOutput filtered(LogOutput out, TextFilter filter) {
        return new LogOutput() {
            @Override
            public void line(String text) {
                out.line(filter.apply(text));
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.close();
            }
        };
    }
}
