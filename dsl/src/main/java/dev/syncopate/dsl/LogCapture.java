package dev.syncopate.dsl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a block's log text for its result: a tee of the console when the log goes there, otherwise the
 * part of the log file this block wrote. Only the last {@link #LIMIT} bytes are kept, so a run over a
 * million files does not hold its whole log in memory; the summary table is at the end anyway.
 *
 * <pre>{@code
 * LogCapture capture = LogCapture.start(out, logFile, append);
 * engine.run(options, capture.console(), err);
 * BlockLog log = capture.finish();
 * }</pre>
 */
final class LogCapture {
    static final int LIMIT = 1 << 20;

    private final PrintStream console;
    private final Tail tail;
    private final Path file;
    private final long offset;

    private LogCapture(PrintStream console, Tail tail, Path file, long offset) {
        this.console = console;
        this.tail = tail;
        this.file = file;
        this.offset = offset;
    }

    static LogCapture start(PrintStream out, Path logFile, boolean append) {
        Tail tail = new Tail();
        Charset cs = out.charset();
        PrintStream tee = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
                tail.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
                tail.write(b, off, len);
            }

            @Override
            public void flush() {
                out.flush();
            }
        }, true, cs);
        long offset = 0;
        if (logFile != null && append) {
            try {
                offset = Files.exists(logFile) ? Files.size(logFile) : 0;
            } catch (IOException e) {
                offset = 0;
            }
        }
        return new LogCapture(tee, tail, logFile, offset);
    }

    /** The stream to give the engine as its console. */
    PrintStream console() {
        return console;
    }

    /** The text this block logged, with the console's progress line taken out. */
    BlockLog finish() {
        console.flush();
        String text = file == null ? tail.text(console.charset()) : fileTail();
        return new BlockLog(withoutProgress(text));
    }

    private String fileTail() {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(offset, f.length() - LIMIT);
            byte[] bytes = new byte[(int) Math.max(0, f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";   // the engine has reported the log file's problem already
        }
    }

    /** The progress line is drawn with carriage returns; what follows the last one is the real line. */
    static String withoutProgress(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean crlf = line.endsWith("\r");
            String body = crlf ? line.substring(0, line.length() - 1) : line;
            int cr = body.lastIndexOf('\r');
            if (cr >= 0) {
                body = body.substring(cr + 1);
                if (body.isBlank()) {
                    continue;   // only a status line, drawn and erased
                }
            }
            b.append(body);
            if (i < lines.length - 1) {
                b.append(crlf ? "\r\n" : "\n");
            }
        }
        return b.toString();
    }

    /** The last {@link #LIMIT} bytes written. */
    private static final class Tail extends ByteArrayOutputStream {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            trim();
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            trim();
        }

        private void trim() {
            if (count > 2 * LIMIT) {
                System.arraycopy(buf, count - LIMIT, buf, 0, LIMIT);
                count = LIMIT;
            }
        }

        synchronized String text(Charset cs) {
            return new String(buf, 0, count, cs);
        }
    }
}
