package dev.syncopate.dsl.alert;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A test-only front for GreenMail's plain SMTP port, which offers no STARTTLS: it greets and answers
 * EHLO itself, advertising AUTH and, when told to, STARTTLS. On STARTTLS it upgrades to TLS with
 * GreenMail's test certificate and relays the rest of the session to GreenMail; on any other command
 * it relays the session in plain. Everything the client sent before TLS is kept, so a test can show
 * that no password crossed the wire in clear.
 *
 * <pre>{@code
 * try (StartTlsProxy server = new StartTlsProxy(greenMail.getSmtp().getPort(), true)) { ... server.port() ... }
 * }</pre>
 */
final class StartTlsProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final boolean offerStartTls;
    private final SSLContext tls;
    private final ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
    volatile boolean upgraded;

    /** A server that offers STARTTLS. */
    StartTlsProxy(int upstreamPort) throws Exception {
        this(upstreamPort, true);
    }

    StartTlsProxy(int upstreamPort, boolean offerStartTls) throws Exception {
        this.upstreamPort = upstreamPort;
        this.offerStartTls = offerStartTls;
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(new DummySSLServerSocketFactory().getKeyStore(), "changeit".toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    /** What clients sent before TLS (all of it in a plain session), as text. */
    String clientPlaintext() {
        synchronized (plaintext) {
            return plaintext.toString(StandardCharsets.US_ASCII);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> session(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket plain) {
        try (plain) {
            InputStream in = plain.getInputStream();
            OutputStream out = plain.getOutputStream();
            send(out, "220 proxy ESMTP\r\n");
            for (String line; (line = readLine(in)) != null; ) {
                record((line + "\r\n").getBytes(StandardCharsets.US_ASCII), 0, line.length() + 2);
                String cmd = line.toUpperCase(Locale.ROOT);
                if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                    send(out, offerStartTls ? "250-proxy\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n"
                            : "250-proxy\r\n250 AUTH PLAIN LOGIN\r\n");
                } else if (cmd.startsWith("STARTTLS") && offerStartTls) {
                    send(out, "220 Ready to start TLS\r\n");
                    relay(plain);
                    return;
                } else if (cmd.startsWith("QUIT")) {
                    send(out, "221 bye\r\n");
                    return;
                } else {
                    relayPlain(plain, line);
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** A client that goes on without TLS: GreenMail gets an EHLO of ours, then this command and the rest. */
    private void relayPlain(Socket plain, String command) throws IOException {
        try (Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            InputStream upIn = up.getInputStream();
            readLine(upIn);   // GreenMail's greeting: the client already had ours
            send(up.getOutputStream(), "EHLO proxy\r\n");
            for (String reply; (reply = readLine(upIn)) != null && !reply.startsWith("250 "); ) {
                // the rest of GreenMail's EHLO answer: the client had ours
            }
            send(up.getOutputStream(), command + "\r\n");
            Thread back = Thread.ofVirtual().start(() -> pipe(up, plain, false));
            pipe(plain, up, true);
            back.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(byte[] b, int off, int len) {
        synchronized (plaintext) {
            plaintext.write(b, off, len);
        }
    }

    private void relay(Socket plain) throws IOException {
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
        secure.setUseClientMode(false);
        secure.startHandshake();
        upgraded = true;
        try (secure; Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            readLine(up.getInputStream());   // GreenMail's greeting: the client already had ours
            Thread back = Thread.ofVirtual().start(() -> pipe(up, secure, false));
            pipe(secure, up, false);
            back.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies until {@code from} ends; {@code recorded}: also into {@link #clientPlaintext()}. */
    private void pipe(Socket from, Socket to, boolean recorded) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (recorded) {
                    record(buffer, 0, n);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException | UnsupportedOperationException e) {
            // one side closed
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One CRLF line, byte by byte, so nothing past it is consumed before the TLS switch. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                return b.toString(StandardCharsets.US_ASCII).stripTrailing();
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
