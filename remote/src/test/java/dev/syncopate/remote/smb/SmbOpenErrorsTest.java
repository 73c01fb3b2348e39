package dev.syncopate.remote.smb;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.SambaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening smb:// locations against a real smbd: what works, and the one-line reasons when it does not. */
class SmbOpenErrorsTest {
    @RegisterExtension
    static final SambaServer smb = SambaServer.onLoopback();

    private static RemoteLogin login(String password) {
        return new RemoteLogin(smb.user(), password, null, null, List.of(), Duration.ofSeconds(5));
    }

    private static RemoteException refused(String url, RemoteLogin login) {
        return assertThrows(RemoteException.class, () -> new SmbOpener().open(RemoteLocation.parse(url), login).close());
    }

    @Test
    void opensAMissingPathWithoutCreatingIt() throws IOException {
        try (RemoteRoot root = new SmbOpener().open(RemoteLocation.parse(smb.url(SambaServer.DATA, "new/dir")),
                login(smb.password()))) {
            assertEquals(smb.url(SambaServer.DATA, "new/dir"), root.path().toString());
            assertFalse(Files.exists(root.path()));
            assertEquals(Duration.ofNanos(100), root.timeGranularity());
            assertEquals("smb://127.0.0.1:" + smb.port() + "/data keeps times in 100 ns steps (NTFS)",
                    root.timeGranularityReason());
        }
        assertFalse(Files.exists(smb.dir(SambaServer.DATA).resolve("new")));
    }

    @Test
    void wrongPasswordIsALoginErrorWithoutThePassword() {
        RemoteException e = refused(smb.url(SambaServer.DATA, ""), login("not-" + smb.password()));
        assertEquals(RemoteException.Kind.LOGIN, e.kind());
        assertEquals("smb://127.0.0.1:" + smb.port() + "/data: login refused for 'syncopate-smb'"
                + " (wrong user or password?)", e.getMessage());
        assertFalse(e.getMessage().contains(smb.password()));
    }

    @Test
    void domainBeforeTheUserIsSplitOff() throws IOException {
        // Samba's standalone server takes its own workgroup name as the domain of local accounts.
        RemoteLogin login = new RemoteLogin("SYNCOPATE\\" + smb.user(), smb.password(), null, null, List.of(),
                Duration.ofSeconds(5));
        new SmbOpener().open(RemoteLocation.parse(smb.url(SambaServer.DATA, "")), login).close();
    }

    @Test
    void missingShareIsNotFound() {
        RemoteException e = refused(smb.url("nosuchshare", "x"), login(smb.password()));
        assertEquals(RemoteException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().startsWith("smb://127.0.0.1:" + smb.port() + "/nosuchshare/x: share 'nosuchshare'"
                + " does not exist"), e.getMessage());
    }

    @Test
    void shareTheUserMayNotUseIsDenied() {
        RemoteException e = refused(smb.url(SambaServer.FORBIDDEN, ""), login(smb.password()));
        assertEquals(RemoteException.Kind.DENIED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith(smb.url(SambaServer.FORBIDDEN, "") + ": "), e.getMessage());
    }

    @Test
    void fileWhereTheDirectoryShouldBeIsRefused() throws IOException {
        Files.writeString(smb.dir(SambaServer.DATA).resolve("plain.txt"), "x");
        RemoteException e = refused(smb.url(SambaServer.DATA, "plain.txt"), login(smb.password()));
        assertEquals(RemoteException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains("'plain.txt' is a file, not a directory"), e.getMessage());
    }

    @Test
    void refusedConnectionIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            closed = s.getLocalPort();
        }
        RemoteException e = refused("smb://127.0.0.1:" + closed + "/data", login("secret-pw"));
        assertEquals(RemoteException.Kind.UNREACHABLE, e.kind());
        assertEquals("smb://127.0.0.1:" + closed + "/data: connection refused (is the SMB server running on port "
                + closed + "?)", e.getMessage());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress("127.0.0.1", 0));   // the kernel accepts; nobody ever answers
            String url = "smb://127.0.0.1:" + silent.getLocalPort() + "/data";
            RemoteLogin quick = new RemoteLogin(smb.user(), "secret-pw", null, null, List.of(), Duration.ofSeconds(1));
            long start = System.nanoTime();
            RemoteException e = refused(url, quick);
            assertEquals(RemoteException.Kind.UNREACHABLE, e.kind(), e.getMessage());
            assertEquals(url + ": no answer within 1 s", e.getMessage());
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "gave up after the login timeout");
        }
    }

    @Test
    void unresolvableHostIsUnreachable() {
        RemoteException e = refused("smb://no-such-host.invalid/data", login("secret-pw"));
        assertEquals(RemoteException.Kind.UNREACHABLE, e.kind());
        assertEquals("smb://no-such-host.invalid/data: unknown host 'no-such-host.invalid'", e.getMessage());
        assertFalse(e.getMessage().contains("secret-pw"));
    }

    @Test
    void closeIsIdempotent() throws IOException {
        RemoteRoot root = new SmbOpener().open(RemoteLocation.parse(smb.url(SambaServer.DATA, "")), login(smb.password()));
        root.close();
        root.close();
    }

}
