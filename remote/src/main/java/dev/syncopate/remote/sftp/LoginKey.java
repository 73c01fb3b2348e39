package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the private key a login names (OpenSSH or PEM format; ed25519, RSA, ECDSA), before any
 * connection is made, so a typo in the path is reported as such and not as "login refused".
 *
 * <pre>{@code
 * List<KeyPair> keys = LoginKey.load(Path.of("/root/.ssh/id_ed25519"), location);
 * }</pre>
 */
final class LoginKey {
    private LoginKey() {
    }

    /**
     * @throws RemoteException (LOGIN) naming the file: missing, unreadable, encrypted or not a key
     */
    static List<KeyPair> load(Path file, RemoteLocation location) throws RemoteException {
        String where = location + ": private key " + file;
        try (InputStream in = Files.newInputStream(file)) {
            // No passphrase provider: an unattended backup has nobody to ask, so an encrypted key fails here.
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    in, FilePasswordProvider.EMPTY);
            List<KeyPair> list = new ArrayList<>();
            if (keys != null) {
                keys.forEach(list::add);
            }
            if (list.isEmpty()) {
                throw new RemoteException(RemoteException.Kind.LOGIN, where + " holds no private key");
            }
            return list;
        } catch (NoSuchFileException e) {
            throw new RemoteException(RemoteException.Kind.LOGIN, where + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new RemoteException(RemoteException.Kind.LOGIN, where + " cannot be read (permission denied)", e);
        } catch (RemoteException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String hint = encrypted(e)
                    ? " is protected by a passphrase, which an unattended run cannot type;"
                      + " use a key without one, restricted on the server"
                    : " is not a private key Syncopate can read (" + oneLine(reason) + ")";
            throw new RemoteException(RemoteException.Kind.LOGIN, where + hint, e);
        }
    }

    /** Whether a failure from {@link #load} (its cause) means the key file needs a passphrase. */
    static boolean encrypted(Throwable e) {
        String m = e == null || e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        return m.contains("password") || m.contains("passphrase") || m.contains("encrypt");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
