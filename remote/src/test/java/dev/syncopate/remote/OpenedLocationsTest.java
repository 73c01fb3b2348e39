package dev.syncopate.remote;

import dev.syncopate.remote.Credential;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.TimeGranularity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening both ends of a sync, what the engine's options get from them, and closing on every path. */
class OpenedLocationsTest {
    private static final RemoteLogin LOGIN = new RemoteLogin("backup", null, null, null, List.of(), null);
    private final List<String> events = new ArrayList<>();

    private RemoteOpener server(Duration granularity) {
        return (location, login) -> {
            events.add("open " + location);
            return new RemoteRoot() {
                public Path path() {
                    return Path.of("/remote", location.host());
                }

                public RemoteLocation location() {
                    return location;
                }

                public Duration timeGranularity() {
                    return granularity;
                }

                public String timeGranularityReason() {
                    return location.server() + " keeps " + granularity.toSeconds() + " s";
                }

                public void close() throws IOException {
                    events.add("close " + location);
                    throw new IOException("the server dropped the goodbye");
                }
            };
        };
    }

    private static OpenedLocations.End remote(String url) {
        return OpenedLocations.End.remote(RemoteLocation.parse(url), LOGIN);
    }

    @Test
    void theOptionsGetTheOpenedPathsTheCoarserClockAndZForARemoteDestination() {
        SyncOptions base = SyncOptions.builder(Path.of(""), Path.of("")).retries(7).build();
        try (OpenedLocations o = OpenedLocations.open(remote("sftp://a/x"), remote("smb://b/share/y"),
                server(Duration.ofSeconds(2)))) {
            SyncOptions run = o.applyTo(base);
            assertEquals(Path.of("/remote/a"), run.source());
            assertEquals(Path.of("/remote/b"), run.destination());
            assertTrue(run.copying().restartable());
            assertEquals(new TimeGranularity(Duration.ofSeconds(2), "sftp://a keeps 2 s"),
                    run.selection().timeGranularity());
            assertEquals(7, run.retries(), "everything else is kept");
        } catch (RemoteException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of("open sftp://a/x", "open smb://b/share/y", "close sftp://a/x", "close smb://b/share/y"),
                events, "a failed logout is no error");
    }

    @Test
    void aLocalDestinationIsNotRestartable() throws RemoteException {
        SyncOptions base = SyncOptions.builder(Path.of(""), Path.of("")).build();
        try (OpenedLocations o = OpenedLocations.open(remote("sftp://a/x"), OpenedLocations.End.local(Path.of("/dst")),
                server(Duration.ofSeconds(1)))) {
            SyncOptions run = o.applyTo(base);
            assertFalse(run.copying().restartable());
            assertEquals(Path.of("/dst"), run.destination());
            assertEquals(Duration.ofSeconds(1), o.timeGranularity().step());
        }
    }

    @Test
    void whenTheSecondEndFailsTheFirstIsClosedAgain() {
        RemoteOpener opener = (location, login) -> {
            if (location.host().equals("down")) {
                throw new RemoteException(RemoteException.Kind.UNREACHABLE, location + ": connection refused");
            }
            return server(Duration.ZERO).open(location, login);
        };
        RemoteException e = assertThrows(RemoteException.class,
                () -> OpenedLocations.open(remote("sftp://up/x"), remote("sftp://down/y"), opener));
        assertEquals("sftp://down/y: connection refused", e.getMessage());
        assertEquals(RemoteException.Kind.UNREACHABLE, e.kind());
        assertEquals(List.of("open sftp://up/x", "close sftp://up/x"), events);
    }

    @Test
    void anEndIsLocalOrRemote() {
        assertEquals("/srv", OpenedLocations.End.local(Path.of("/srv")).toString());
        assertEquals("sftp://a/x", remote("sftp://a/x").toString());
        assertThrows(IllegalArgumentException.class, () -> new OpenedLocations.End(Path.of("/a"),
                RemoteLocation.parse("sftp://a/x"), LOGIN));
    }

    @Test
    void anEndpointsLoginComesFromItsCredentialWithItsOverrides() {
        String k1 = "SHA256:" + "A".repeat(43);
        String k2 = "SHA256:" + "B".repeat(43);
        Credential nas = new Credential("nas", "backup", "pw", Path.of("/k"), Path.of("/kh"), List.of(k1));
        RemoteEndpoint plain = new RemoteEndpoint(RemoteLocation.parse("sftp://nas01/x"), "nas", null, null);
        RemoteLogin login = plain.login(nas);
        assertEquals(List.of("backup", "pw", "/k", "/kh", k1).toString(),
                List.of(login.user(), login.password(), login.privateKey().toString(), login.knownHosts().toString(),
                        login.hostKeys().getFirst()).toString());
        RemoteEndpoint overrides = new RemoteEndpoint(RemoteLocation.parse("sftp://backup@nas01/x"), "nas",
                Path.of("/other"), List.of(k2));
        assertEquals(Path.of("/other"), overrides.login(nas).knownHosts());
        assertEquals(List.of(k2), overrides.login(nas).hostKeys());
        assertEquals("sftp://backup@nas01/x", plain.end(nas).remote().toString(), "messages name who logged in");
        RemoteLogin urlUser = new RemoteEndpoint(RemoteLocation.parse("sftp://alice@nas01/x"), null, null, null)
                .login(null);
        assertEquals("alice", urlUser.user());
        assertNull(urlUser.password());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RemoteEndpoint(RemoteLocation.parse("sftp://alice@nas01/x"), "nas", null, null).login(nas));
        assertEquals("sftp://alice@nas01/x names the user 'alice' but credential 'nas' logs in as 'backup'; leave the user"
                + " out of the location or use the same one", e.getMessage());
        assertEquals("backup", new RemoteEndpoint(RemoteLocation.parse("smb://BACKUP@fs01/s"), "nas", null, null)
                .login(nas).user(), "Windows accounts ignore case");
    }

    @Test
    void hostKeysAreFingerprints() {
        String k = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s";
        assertEquals(List.of(k), HostKeys.of(" " + k + " "));
        assertEquals(List.of(k, k), HostKeys.of(List.of(k, k)));
        assertEquals(List.of(), HostKeys.of(null));
        for (String bad : new String[] {"MD5:aa:bb", "SHA256:short", "uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s", ""}) {
            assertThrows(IllegalArgumentException.class, () -> HostKeys.of(bad), bad);
        }
    }

    @Test
    void aCredentialNeverShowsItsPassword() {
        Credential c = new Credential("nas", "backup", "pw-Very-Secret", null, Path.of("/kh"), List.of());
        assertEquals("Credential[name=nas, user=backup, password=****, privateKey=none, knownHosts=/kh]", c.toString());
    }
}
