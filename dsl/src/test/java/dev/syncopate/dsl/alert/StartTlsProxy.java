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
 * GreenMail's SMTP server does not offer STARTTLS, so this test-only front speaks the plain part
 * (greeting, EHLO advertising STARTTLS, STARTTLS), upgrades to TLS with GreenMail's test
 * certificate, then relays the rest of the session to GreenMail's plain SMTP port.
 */
final class StartTlsProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final SSLContext tls;
    volatile boolean upgraded;

    StartTlsProxy(int upstreamPort) throws Exception {
        this.upstreamPort = upstreamPort;
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(new DummySSLServerSocketFactory().getKeyStore(), "changeit".toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
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
                String cmd = line.toUpperCase(Locale.ROOT);
                if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                    send(out, "250-proxy\r\n250 STARTTLS\r\n");
                } else if (cmd.startsWith("STARTTLS")) {
                    send(out, "220 Ready to start TLS\r\n");
                    relay(plain);
                    return;
                } else if (cmd.startsWith("QUIT")) {
                    send(out, "221 bye\r\n");
                    return;
                } else {
                    send(out, "530 Must issue a STARTTLS command first\r\n");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private void relay(Socket plain) throws IOException {
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
        secure.setUseClientMode(false);
        secure.startHandshake();
        upgraded = true;
        try (secure; Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            readLine(up.getInputStream());   // GreenMail's greeting: the client already had ours
            Thread back = Thread.ofVirtual().start(() -> pipe(up, secure));
            pipe(secure, up);
            back.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
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
