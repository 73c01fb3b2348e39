package dev.syncopate.remote.smb;

import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.share.File;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Written files whose channel the engine has closed but whose SMB handle is kept open, so that what
 * the engine does next with a new file, set its times and rename it over the target, goes on that
 * handle: one open per copied file instead of three (every SMB open costs Samba path lookups, an
 * ACL check and its share-mode database; for 5,000 small files the server's CPU, not ours, was the
 * limit). The times are set on the data handle after its last write, which makes them sticky: the
 * close after the rename leaves them as set.
 *
 * <p>Anything else done to a parked path (reopen, read its attributes, delete) first closes the
 * handle ({@link ShareCalls#call}), so no other operation ever sees a file held open by us.
 *
 * <pre>{@code
 * parked.park(path, file);            // SmbFileChannel.close() of a file it created
 * File f = parked.take(path);         // SmbTimesView / move: use it, then park again or close
 * parked.settle(path);                // any other operation: close it first
 * }</pre>
 */
final class ParkedFiles {
    private final Map<String, File> parked = new ConcurrentHashMap<>();

    void park(SmbPath path, File file) {
        File old = parked.put(FreshDirs.key(path), file);
        if (old != null && old != file) {
            closeQuietly(old);   // written twice without a rename in between: the first is done
        }
    }

    /** The parked handle of {@code path}, now the caller's to park again or close; null if none. */
    File take(SmbPath path) {
        return parked.remove(FreshDirs.key(path));
    }

    /** Closes the parked handle of {@code path}, if there is one; its writes were all acknowledged. */
    void settle(SmbPath path) {
        if (path != null && !parked.isEmpty()) {
            File f = take(path);
            if (f != null) {
                closeQuietly(f);
            }
        }
    }

    /** When the file system closes: the logoff would drop them anyway. */
    void closeAll() {
        for (String k : parked.keySet()) {
            File f = parked.remove(k);
            if (f != null) {
                closeQuietly(f);
            }
        }
    }

    static void closeQuietly(File f) {
        try {
            f.close();
        } catch (SMBRuntimeException e) {
            // the connection broke and took the handle with it; every write on it had been acknowledged
        }
    }
}
