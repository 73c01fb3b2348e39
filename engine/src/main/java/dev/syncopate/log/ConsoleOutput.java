package dev.syncopate.log;

import java.io.PrintStream;

/**
 * The console, shared by the log and the live progress line. Because both write to one
 * terminal, this class owns the stream: a log line first erases the status line, is printed, and
 * the status is drawn again beneath it, so the two never mix on one row.
 *
 * <p>The status is drawn with a carriage return and erased with blanks, never with escape codes,
 * so a console that is not a terminal after all still shows readable text. Only the console
 * ever receives a {@code \r}; log files never see the status.
 *
 * <pre>{@code
 * ConsoleOutput console = new ConsoleOutput(System.out);
 * console.status("  12 files  3.90 m  1.20 m/s");
 * console.line("\t    New File  \t\t    1024\ta.txt");   // status erased, line printed, status redrawn
 * console.clearStatus();
 * }</pre>
 */
public final class ConsoleOutput implements LogOutput {
    private final PrintStream out;
    private String status;
    private int shownWidth;

    public ConsoleOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void line(String text) {
        erase();
        out.println(text);
        draw();
    }

    /** Shows {@code text} as the status line, replacing the previous one. */
    public void status(String text) {
        erase();
        status = text;
        draw();
    }

    /** Erases the status line for good (until the next {@link #status}). */
    public void clearStatus() {
        erase();
        status = null;
        out.flush();
    }

    @Override
    public void flush() {
        out.flush();
    }

    /** Only flushes: the stream belongs to whoever made it (usually {@code System.out}). */
    @Override
    public void close() {
        clearStatus();
    }

    private void erase() {
        if (shownWidth > 0) {
            out.print("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }

    private void draw() {
        if (status != null && !status.isEmpty()) {
            out.print(status);
            out.flush();
            shownWidth = status.length();
        }
    }
}
