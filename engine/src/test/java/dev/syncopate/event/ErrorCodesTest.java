package dev.syncopate.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorCodesTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row(new NoSuchFileException("/s/a"), false, 2, "The system cannot find the file specified."),
                row(new NoSuchFileException("/s/d"), true, 3, "The system cannot find the path specified."),
                row(new AccessDeniedException("/s/a"), false, 5, "Access is denied."),
                row(new FileAlreadyExistsException("/d/a"), false, 183,
                        "Cannot create a file when that file already exists."),
                row(new DirectoryNotEmptyException("/d/x"), true, 145, "The directory is not empty."),
                row(new NotDirectoryException("/d/x"), true, 267, "The directory name is invalid."),
                row(new FileSystemLoopException("/s/loop"), true, 1921,
                        "The name of the file cannot be resolved by the system. (Too many levels of symbolic links)"),
                row(new AtomicMoveNotSupportedException("/a", "/b", "EXDEV"), false, 17,
                        "The system cannot move the file to a different disk drive."),
                row(new ClosedByInterruptException(), false, 1223, "The operation was canceled by the user."),
                row(new InterruptedIOException(), false, 1223, "The operation was canceled by the user."),
                // The JDK reports these errno values only as text: a plain IOException from write(2) ...
                row(new IOException("No space left on device"), false, 112, "There is not enough space on the disk."),
                // ... or a FileSystemException whose reason is strerror().
                row(fs("No space left on device"), false, 112, "There is not enough space on the disk."),
                row(fs("Disk quota exceeded"), false, 1295,
                        "The requested file operation failed because the storage quota was exceeded."),
                row(fs("Too many levels of symbolic links"), false, 1921,
                        "The name of the file cannot be resolved by the system. (Too many levels of symbolic links)"),
                row(fs("Permission denied"), false, 5, "Access is denied."),
                row(fs("Operation not permitted"), false, 5, "Access is denied. (Operation not permitted)"),
                row(fs("Is a directory"), false, 5, "Access is denied. (Is a directory)"),
                row(fs("Read-only file system"), false, 19, "The media is write protected."),
                row(fs("File name too long"), false, 206, "The filename or extension is too long."),
                row(fs("Not a directory"), false, 267, "The directory name is invalid."),
                row(fs("Directory not empty"), true, 145, "The directory is not empty."),
                row(fs("File exists"), false, 183, "Cannot create a file when that file already exists."),
                row(fs("Text file busy"), false, 32,
                        "The process cannot access the file because it is being used by another process."),
                row(fs("Invalid cross-device link"), false, 17,
                        "The system cannot move the file to a different disk drive."),
                row(fs("No such file or directory"), false, 2, "The system cannot find the file specified."),
                row(fs("Input/output error"), false, 1117,
                        "The request could not be performed because of an I/O device error. (Input/output error)"),
                row(new IOException("Stream closed"), false, 1117,
                        "The request could not be performed because of an I/O device error. (Stream closed)"),
                row(new IOException(), false, 1117,
                        "The request could not be performed because of an I/O device error. (IOException)"),
                row(new Mismatch(), false, 23, "Data error (cyclic redundancy check). The copy differs."));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("table")
    void mapsToWindowsCodes(IOException e, boolean directory, int code, String message) {
        assertEquals(new ErrorCodes.Code(code, message), ErrorCodes.of(e, directory));
    }

    @Test
    void aFileIsTheDefault() {
        assertEquals(2, ErrorCodes.of(new NoSuchFileException("/a")).code());
    }

    @Test
    void hexIsRobocopysFormat() {
        assertEquals("0x00000005", ErrorCodes.hex(5));
        assertEquals("0x0000045D", ErrorCodes.hex(1117));
    }

    private static Arguments row(IOException e, boolean directory, int code, String message) {
        return Arguments.of(e, directory, code, message);
    }

    private static FileSystemException fs(String reason) {
        return new FileSystemException("/d/file", null, reason);
    }

    /** An exception that knows its code, as VerifyMismatchException does. */
    private static final class Mismatch extends IOException implements ErrorCodes.Coded {
        @Override
        public int errorCode() {
            return 23;
        }

        @Override
        public String errorMessage() {
            return "Data error (cyclic redundancy check). The copy differs.";
        }
    }
}
