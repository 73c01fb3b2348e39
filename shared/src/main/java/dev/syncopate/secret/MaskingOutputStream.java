package dev.syncopate.secret;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Buffers bytes and writes them masked. A newline writes the line. A flush writes what is
 * buffered except a trailing piece that could be the start of a secret: {@code print("pw: hun")}
 * then {@code println("ter2")} still comes out as {@code pw: ****}. Close writes everything.
 */
final class MaskingOutputStream extends OutputStream {
    private final PrintStream out;
    private final Secrets secrets;
    private final Charset charset;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    MaskingOutputStream(PrintStream out, Secrets secrets) {
        this.out = out;
        this.secrets = secrets;
        this.charset = out.charset();
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
        if (b == '\n') {
            emit(false);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                buffer.write(b, start, i + 1 - start);
                emit(false);
                start = i + 1;
            }
        }
        buffer.write(b, start, off + len - start);
    }

    @Override
    public synchronized void flush() {
        emit(true);
        out.flush();
    }

    @Override
    public synchronized void close() {
        emit(false);
        out.flush();
    }

    private void emit(boolean holdPrefix) {
        if (buffer.size() == 0) {
            return;
        }
        String text = buffer.toString(charset);
        int keep = holdPrefix ? secrets.pendingPrefix(text) : 0;
        buffer.reset();
        if (keep > 0) {
            buffer.writeBytes(text.substring(text.length() - keep).getBytes(charset));
            text = text.substring(0, text.length() - keep);
        }
        out.print(secrets.mask(text));
    }
}
