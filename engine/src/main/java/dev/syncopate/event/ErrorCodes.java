package dev.syncopate.event;

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
import java.util.List;
import java.util.Locale;

/**
 * Maps Java I/O failures to the Windows error codes and messages Robocopy prints, so that log
 * parsers written for Robocopy ({@code ERROR 5 (0x00000005) Copying File ...}) keep working on
 * every platform.
 *
 * <pre>{@code
 * ErrorCodes.Code c = ErrorCodes.of(new AccessDeniedException("/srv/a.txt"));
 * c.code();                    // 5
 * c.message();                 // "Access is denied."
 * ErrorCodes.hex(c.code());    // "0x00000005"
 * }</pre>
 *
 * <p>The exception's type decides first; a plain {@link FileSystemException} or {@link IOException}
 * is then recognised by the operating system's reason text ({@code strerror} on Linux), because
 * the JDK reports ENOSPC, EROFS, ELOOP and friends only that way. Anything unknown becomes 1117
 * with the Java message appended, so nothing is lost. An exception that knows its own code
 * implements {@link Coded}.
 */
public final class ErrorCodes {
    public static final int FILE_NOT_FOUND = 2;
    public static final int PATH_NOT_FOUND = 3;
    public static final int ACCESS_DENIED = 5;
    public static final int NOT_SAME_DEVICE = 17;
    public static final int WRITE_PROTECT = 19;
    /** ERROR_CRC: Windows' own code for "data does not match its check", used for /VERIFY mismatches. */
    public static final int DATA_ERROR = 23;
    public static final int SHARING_VIOLATION = 32;
    /** ERROR_FILE_EXISTS: used for a name whose twin (same name up to case or Unicode form) took its place. */
    public static final int FILE_EXISTS = 80;
    public static final int DISK_FULL = 112;
    public static final int DIR_NOT_EMPTY = 145;
    public static final int ALREADY_EXISTS = 183;
    public static final int FILENAME_TOO_LONG = 206;
    public static final int DIRECTORY_INVALID = 267;
    public static final int IO_DEVICE = 1117;
    public static final int CANCELLED = 1223;
    public static final int QUOTA_EXCEEDED = 1295;
    public static final int CANT_RESOLVE_FILENAME = 1921;

    /**
     * A Windows error code with the message line Robocopy prints under the error line.
     *
     * @param code    the Windows error code, e.g. 5
     * @param message the explanation, e.g. {@code Access is denied.}
     */
    public record Code(int code, String message) {
    }

    /** Implemented by exceptions that carry their own code, such as a /VERIFY mismatch. */
    public interface Coded {
        int errorCode();

        String errorMessage();
    }

    /** An OS reason text; {@code explain} appends it where Windows' message alone would mislead. */
    private record Reason(String text, int code, String message, boolean explain) {
        Reason(String text, int code, String message) {
            this(text, code, message, false);
        }
    }

    // strerror texts (glibc wording; macOS uses the same for these) and what Windows says instead.
    private static final List<Reason> REASONS = List.of(
            new Reason("no space left on device", DISK_FULL, "There is not enough space on the disk."),
            new Reason("disk quota exceeded", QUOTA_EXCEEDED,
                    "The requested file operation failed because the storage quota was exceeded."),
            new Reason("too many levels of symbolic links", CANT_RESOLVE_FILENAME,
                    "The name of the file cannot be resolved by the system.", true),
            new Reason("permission denied", ACCESS_DENIED, "Access is denied."),
            new Reason("operation not permitted", ACCESS_DENIED, "Access is denied.", true),
            new Reason("is a directory", ACCESS_DENIED, "Access is denied.", true),
            new Reason("read-only file system", WRITE_PROTECT, "The media is write protected."),
            new Reason("file name too long", FILENAME_TOO_LONG, "The filename or extension is too long."),
            new Reason("not a directory", DIRECTORY_INVALID, "The directory name is invalid."),
            new Reason("directory not empty", DIR_NOT_EMPTY, "The directory is not empty."),
            new Reason("file exists", ALREADY_EXISTS, "Cannot create a file when that file already exists."),
            new Reason("text file busy", SHARING_VIOLATION,
                    "The process cannot access the file because it is being used by another process."),
            new Reason("device or resource busy", SHARING_VIOLATION,
                    "The process cannot access the file because it is being used by another process."),
            new Reason("invalid cross-device link", NOT_SAME_DEVICE,
                    "The system cannot move the file to a different disk drive."));

    private ErrorCodes() {
    }

    /** The code and message for a failure on a file (a missing path is 2). */
    public static Code of(IOException e) {
        return of(e, false);
    }

    /**
     * The code and message for a failure.
     *
     * @param directory true when the operation was on a directory: a missing path is then 3
     *                  ("path not found") instead of 2 ("file not found"), as Robocopy reports it
     */
    public static Code of(IOException e, boolean directory) {
        return switch (e) {
            case Coded c -> new Code(c.errorCode(), c.errorMessage());
            case NoSuchFileException x -> directory
                    ? new Code(PATH_NOT_FOUND, "The system cannot find the path specified.")
                    : new Code(FILE_NOT_FOUND, "The system cannot find the file specified.");
            case AccessDeniedException x -> new Code(ACCESS_DENIED, "Access is denied.");
            case FileAlreadyExistsException x ->
                    new Code(ALREADY_EXISTS, "Cannot create a file when that file already exists.");
            case DirectoryNotEmptyException x -> new Code(DIR_NOT_EMPTY, "The directory is not empty.");
            case NotDirectoryException x -> new Code(DIRECTORY_INVALID, "The directory name is invalid.");
            case FileSystemLoopException x -> new Code(CANT_RESOLVE_FILENAME,
                    "The name of the file cannot be resolved by the system. (Too many levels of symbolic links)");
            case AtomicMoveNotSupportedException x ->
                    new Code(NOT_SAME_DEVICE, "The system cannot move the file to a different disk drive.");
            case ClosedByInterruptException x -> new Code(CANCELLED, "The operation was canceled by the user.");
            case InterruptedIOException x -> new Code(CANCELLED, "The operation was canceled by the user.");
            default -> byReason(e);
        };
    }

    /** The code as Robocopy prints it in parentheses, e.g. {@code 0x00000005}. */
    public static String hex(int code) {
        return String.format(Locale.ROOT, "0x%08X", code);
    }

    private static Code byReason(IOException e) {
        String detail = detail(e);
        String lower = detail.toLowerCase(Locale.ROOT);
        for (Reason r : REASONS) {
            if (lower.contains(r.text)) {
                return new Code(r.code, r.explain ? r.message + " (" + detail + ")" : r.message);
            }
        }
        if (lower.contains("no such file or directory")) {
            return new Code(FILE_NOT_FOUND, "The system cannot find the file specified.");
        }
        return new Code(IO_DEVICE,
                "The request could not be performed because of an I/O device error. (" + detail + ")");
    }

    /** The most specific text: a FileSystemException's reason (its message repeats the path, which the log line already shows). */
    private static String detail(IOException e) {
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
