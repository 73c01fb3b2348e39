package dev.syncopate.remote.smb;

import com.hierynomus.mssmb2.SMBApiException;
import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.share.DiskShare;
import dev.syncopate.remote.RemoteException;

import java.io.IOException;

/**
 * Runs one request against the share and turns smbj's unchecked failures into the checked NIO ones:
 * a refused request becomes {@link SmbErrors#toNio its NIO exception}, a broken connection a
 * {@link SmbConnectionException} that also tells the {@link SmbLink} to reconnect next time.
 *
 * <pre>{@code
 * SmbAttributes a = ShareCalls.call(path, null, share -> SmbAttributes.of(share.getFileInformation(name)));
 * }</pre>
 */
final class ShareCalls {
    /** A request on the connected share. */
    @FunctionalInterface
    interface ShareCall<T> {
        T on(DiskShare share) throws IOException;
    }

    private ShareCalls() {
    }

    /**
     * Runs {@code call} on the current share of {@code path}'s file system, connecting first if needed,
     * after closing a handle {@link ParkedFiles parked} on either path.
     *
     * @param other the second path of a rename or copy, for the exception; null otherwise
     */
    static <T> T call(SmbPath path, SmbPath other, ShareCall<T> call) throws IOException {
        path.getFileSystem().parked().settle(path);   // nothing else sees a file we still hold open
        path.getFileSystem().parked().settle(other);
        SmbLink link = path.getFileSystem().link();
        DiskShare share;
        try {
            share = link.share();
        } catch (RemoteException e) {
            throw SmbConnectionException.reconnectFailed(e);
        }
        try {
            return call.on(share);
        } catch (SMBRuntimeException e) {
            throw failure(link, share, e, path.toString(), other == null ? null : other.toString());
        }
    }

    /** The checked exception for a failed request on {@code share}; marks the link broken if the connection is. */
    static IOException failure(SmbLink link, DiskShare share, SMBRuntimeException e, String file, String other) {
        if (e instanceof SMBApiException api && !SmbErrors.endsSession(api.getStatusCode())) {
            return SmbErrors.toNio(api.getStatusCode(), file, other);
        }
        link.broken(share);
        if (e instanceof SMBApiException api) {
            return SmbConnectionException.ended(file, link.location().server(), api.getStatusCode(), api);
        }
        return SmbConnectionException.lost(file, link.location().server(), e);
    }
}
