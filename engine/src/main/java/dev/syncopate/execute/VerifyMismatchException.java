package dev.syncopate.execute;

import dev.syncopate.event.ErrorCodes;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code /VERIFY} found that the written copy differs from the source (the source changed while
 * it was copied, or something corrupted the data). Logged as error 23, Windows' "data error".
 *
 * <pre>{@code
 * catch (VerifyMismatchException e) {
 *     ErrorCodes.of(e).code();   // 23
 * }
 * }</pre>
 */
public final class VerifyMismatchException extends FileSystemException implements ErrorCodes.Coded {
    private final String detail;

    public VerifyMismatchException(Path copy, long sourceCrc, long sourceLength, long copyCrc, long copyLength) {
        super(copy.toString(), null, "copy differs from source");
        this.detail = String.format(Locale.ROOT,
                "The copy does not match the source (/VERIFY: CRC32C %08x of %d bytes read back, %08x of %d bytes expected).",
                copyCrc, copyLength, sourceCrc, sourceLength);
    }

    @Override
    public int errorCode() {
        return ErrorCodes.DATA_ERROR;
    }

    @Override
    public String errorMessage() {
        return "Data error (cyclic redundancy check). " + detail;
    }
}
