package dev.syncopate.remote.smb;

import com.hierynomus.mserref.NtStatus;
import dev.syncopate.event.ErrorCodes;
import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NT status to NIO exception, and from there to the Windows code the engine logs. */
class SmbErrorsTest {
    private static final String FILE = "smb://fs01/data/a.txt";

    private static FileSystemException map(NtStatus s) {
        return SmbErrors.toNio(s.getValue(), FILE, null);
    }

    @Test
    void mapsTheStatusesTheEngineTellsApart() {
        assertInstanceOf(NoSuchFileException.class, map(NtStatus.STATUS_OBJECT_NAME_NOT_FOUND));
        assertInstanceOf(NoSuchFileException.class, map(NtStatus.STATUS_OBJECT_PATH_NOT_FOUND));
        assertInstanceOf(AccessDeniedException.class, map(NtStatus.STATUS_ACCESS_DENIED));
        assertInstanceOf(AccessDeniedException.class, map(NtStatus.STATUS_CANNOT_DELETE));
        assertInstanceOf(FileAlreadyExistsException.class, map(NtStatus.STATUS_OBJECT_NAME_COLLISION));
        assertInstanceOf(DirectoryNotEmptyException.class, map(NtStatus.STATUS_DIRECTORY_NOT_EMPTY));
        assertInstanceOf(NotDirectoryException.class, map(NtStatus.STATUS_NOT_A_DIRECTORY));
    }

    @Test
    void theFileIsInTheException() {
        assertEquals(FILE, map(NtStatus.STATUS_ACCESS_DENIED).getFile());
        FileSystemException rename = SmbErrors.toNio(NtStatus.STATUS_OBJECT_NAME_COLLISION.getValue(), FILE,
                "smb://fs01/data/b.txt");
        assertEquals("smb://fs01/data/b.txt", rename.getOtherFile());
    }

    @Test
    void genericFailuresGetTheMatchingWindowsCode() {
        assertEquals(ErrorCodes.DISK_FULL, ErrorCodes.of(map(NtStatus.STATUS_DISK_FULL)).code());
        assertEquals(ErrorCodes.SHARING_VIOLATION, ErrorCodes.of(map(NtStatus.STATUS_SHARING_VIOLATION)).code());
        assertEquals(ErrorCodes.ACCESS_DENIED, ErrorCodes.of(map(NtStatus.STATUS_FILE_IS_A_DIRECTORY)).code());
        FileSystemException other = SmbErrors.toNio(0xC00000A2L, FILE, null);   // STATUS_MEDIA_WRITE_PROTECTED
        assertEquals("SMB 0xc00000a2", other.getReason());
        assertEquals("SMB STATUS_INVALID_PARAMETER (0xc000000d)", map(NtStatus.STATUS_INVALID_PARAMETER).getReason());
    }

    @Test
    void onlySessionLossMakesTheLinkReconnect() {
        assertTrue(SmbErrors.endsSession(NtStatus.STATUS_NETWORK_NAME_DELETED.getValue()));
        assertTrue(SmbErrors.endsSession(NtStatus.STATUS_USER_SESSION_DELETED.getValue()));
        assertFalse(SmbErrors.endsSession(NtStatus.STATUS_ACCESS_DENIED.getValue()));
    }

    @Test
    void connectionFailuresCarryRobocopysNetworkCodes() {
        SmbConnectionException lost = SmbConnectionException.lost(FILE, "smb://fs01", new RuntimeException("reset"));
        assertEquals(64, ErrorCodes.of(lost).code());
        assertEquals("The specified network name is no longer available. (smb://fs01/data/a.txt: connection to"
                + " smb://fs01 lost)", ErrorCodes.of(lost).message());
        SmbConnectionException down = SmbConnectionException.reconnectFailed(
                new java.io.IOException("smb://fs01/data: connection refused"));
        assertEquals(53, ErrorCodes.of(down).code());
    }
}
