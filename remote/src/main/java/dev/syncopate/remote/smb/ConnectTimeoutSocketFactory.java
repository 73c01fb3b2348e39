package dev.syncopate.remote.smb;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Sockets whose connect gives up after the login timeout. smbj connects through
 * {@link SocketFactory#createSocket(String, int)}, which has no timeout of its own: a host that drops
 * packets would otherwise hold the run for the operating system's two minutes or more.
 */
final class ConnectTimeoutSocketFactory extends SocketFactory {
    private final int timeoutMillis;

    ConnectTimeoutSocketFactory(Duration timeout) {
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }

    @Override
    public Socket createSocket() {
        return new Socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return createSocket(address, port);
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        if (address.isUnresolved()) {
            throw new java.net.UnknownHostException(address.getHostString());
        }
        Socket s = new Socket();
        try {
            s.connect(address, timeoutMillis);
            // Nagle would hold back the small requests (create, close) that most of a sync consists of.
            s.setTcpNoDelay(true);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }
}
