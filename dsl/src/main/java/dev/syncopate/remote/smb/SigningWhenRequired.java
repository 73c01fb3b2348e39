package dev.syncopate.remote.smb;

import com.hierynomus.mssmb2.SMB2MessageCommandCode;
import com.hierynomus.mssmb2.SMB2Packet;
import com.hierynomus.mssmb2.SMB2PacketData;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.connection.Signatory;

import javax.crypto.SecretKey;
import java.lang.reflect.Field;

/**
 * Signs the requests the server requires to be signed, not every one. smbj 0.14 signs every request
 * of an SMB 3 session whether or not either side requires it, with AES-CMAC in pure Java (Bouncy
 * Castle, and no AES instructions under the launcher's C1-only JIT): about 2 ms of CPU per 64 KiB
 * written, computed while holding the connection's send lock, so all copy threads queued behind it.
 * It was the largest CPU cost of a sync of small files (and the server then signs every answer,
 * which smbj verifies the same slow way).
 *
 * <p>What is still signed: everything when the server requires signing (we never require it
 * ourselves: {@link SmbLink#config}), the session setup as smbj does it, and TREE_CONNECT, which SMB 3.1.1 servers refuse
 * unsigned. That is the rule of MS-SMB2 3.2.4.1.1 and what Windows clients do when neither side
 * requires signing: a server that wants every request signed says so, and then gets it. Answers that arrive signed are still verified.
 *
 * <pre>{@code
 * Connection c = client.connect(host, port);   // negotiated: the server's signing demand is known
 * SigningWhenRequired.install(c);               // before authenticate(), which hands it to the session
 * }</pre>
 */
final class SigningWhenRequired implements Signatory {
    private final Signatory all;
    private final boolean serverRequires;

    private SigningWhenRequired(Signatory all, boolean serverRequires) {
        this.all = all;
        this.serverRequires = serverRequires;
    }

    /**
     * Puts this in place of {@code c}'s signatory. smbj has no setting for it, so this replaces a
     * private field; should a later smbj not have it, nothing changes and every request stays signed.
     */
    static void install(Connection c) {
        try {
            Field f = Connection.class.getDeclaredField("signatory");
            f.setAccessible(true);
            Signatory current = (Signatory) f.get(c);
            if (!(current instanceof SigningWhenRequired)) {
                f.set(c, new SigningWhenRequired(current, c.getConnectionContext().isServerRequiresSigning()));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // smbj changed inside: keep its own signatory, which signs everything (slower, never wrong)
        }
    }

    @Override
    public SMB2Packet sign(SMB2Packet packet, SecretKey key) {
        SMB2MessageCommandCode command = packet.getHeader().getMessage();
        if (serverRequires || command == SMB2MessageCommandCode.SMB2_TREE_CONNECT
                || command == SMB2MessageCommandCode.SMB2_SESSION_SETUP) {
            return all.sign(packet, key);
        }
        return packet;
    }

    @Override
    public boolean verify(SMB2PacketData packet, SecretKey key) {
        return all.verify(packet, key);
    }
}
