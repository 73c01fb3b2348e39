package dev.syncopate.secret;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialSourcesTest {
    @TempDir
    Path dir;

    private Path file(String text, String mode) throws IOException {
        Path f = dir.resolve("nas.pw");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    @Test
    void readsTheFirstLineOfAPrivateFile() throws IOException {
        assertEquals("s3cret-pw", CredentialSources.fromFile(file("s3cret-pw\nsecond line\n", "rw-------")));
        assertEquals("s3cret-pw", CredentialSources.fromFile(file("s3cret-pw\r\n", "r--------")));
    }

    @Test
    void refusesAFileOthersCanRead() throws IOException {
        Path f = file("s3cret-pw\n", "rw-r--r--");
        var e = assertThrows(CredentialException.class, () -> CredentialSources.fromFile(f));
        assertEquals("passwordFile " + f + " is readable by others (mode 0644); run: chmod 600 " + f, e.getMessage());
    }

    @Test
    void refusesAFileTheGroupCanWrite() throws IOException {
        Path f = file("s3cret-pw\n", "rw--w----");
        var e = assertThrows(CredentialException.class, () -> CredentialSources.fromFile(f));
        assertEquals("passwordFile " + f + " is writable by others (mode 0620); run: chmod 600 " + f, e.getMessage());
    }

    @Test
    void missingAndEmptyFilesAreClear() throws IOException {
        Path missing = dir.resolve("none.pw");
        assertEquals("passwordFile " + missing + " does not exist",
                assertThrows(CredentialException.class, () -> CredentialSources.fromFile(missing)).getMessage());
        Path empty = file("", "rw-------");
        assertEquals("passwordFile " + empty + " is empty",
                assertThrows(CredentialException.class, () -> CredentialSources.fromFile(empty)).getMessage());
    }

    @Test
    void readsTheFirstLineACommandPrints() {
        assertEquals("s3cret-pw", CredentialSources.fromCommand(
                List.of("sh", "-c", "echo s3cret-pw; echo more; echo noise >&2"), Duration.ofSeconds(10)));
    }

    @Test
    void aFailingCommandIsNamedButItsOutputNeverShown() {
        var e = assertThrows(CredentialException.class, () -> CredentialSources.fromCommand(
                List.of("sh", "-c", "echo pw-$((6*7)); echo err-$((6*7)) >&2; exit 3"), Duration.ofSeconds(10)));
        assertEquals("passwordCommand 'sh -c echo pw-$((6*7)); echo err-$((6*7)) >&2; exit 3' failed with exit code 3",
                e.getMessage());
        assertFalse(e.getMessage().contains("42"));
    }

    @Test
    void silentAndMissingCommandsAreClear() {
        assertEquals("passwordCommand 'true' printed nothing", assertThrows(CredentialException.class,
                () -> CredentialSources.fromCommand(List.of("true"), Duration.ofSeconds(10))).getMessage());
        assertEquals("passwordCommand 'no-such-program-xyz' could not be started: not found",
                assertThrows(CredentialException.class, () -> CredentialSources.fromCommand(
                        List.of("no-such-program-xyz"), Duration.ofSeconds(10))).getMessage());
    }

    @Test
    void aHangingCommandIsKilledAtTheTimeout() {
        long start = System.nanoTime();
        var e = assertThrows(CredentialException.class, () -> CredentialSources.fromCommand(
                List.of("sh", "-c", "echo s3cret-pw; sleep 30"), Duration.ofMillis(500)));
        assertEquals("passwordCommand 'sh -c echo s3cret-pw; sleep 30' timed out after 500ms", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
        assertFalse(e.getMessage().contains("\n"));
    }
}
