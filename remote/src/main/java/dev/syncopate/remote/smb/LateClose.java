package dev.syncopate.remote.smb;

import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.share.DiskEntry;

/**
 * Closes a metadata handle without waiting for the server's answer: the request it was opened for
 * (set the times, rename) has already succeeded or failed, and the close changes nothing on the
 * share. That saves one of the round trips every copied file costs (two of nine, since a copy sets
 * the temp's times and renames it), and the server still handles the close before any later request
 * on this connection. Never for a data handle (the server stamps the write time when it closes) nor
 * a delete-on-close one (the delete happens at the close).
 *
 * <pre>{@code
 * DiskEntry e = share.open(name, EnumSet.of(AccessMask.DELETE), ...);
 * try { e.rename(target, true); } finally { LateClose.close(e); }
 * }</pre>
 */
final class LateClose {
    private LateClose() {
    }

    static void close(DiskEntry e) {
        try {
            e.closeNoWait();
        } catch (SMBRuntimeException dead) {
            // the connection broke: the server dropped the handle with it, and the next request finds out
        }
    }
}
