package dev.syncopate.remote.smb;

import com.hierynomus.security.AEADBlockCipher;
import com.hierynomus.security.Cipher;
import com.hierynomus.security.DerivationFunction;
import com.hierynomus.security.Mac;
import com.hierynomus.security.MessageDigest;
import com.hierynomus.security.SecurityException;
import com.hierynomus.security.SecurityProvider;
import com.hierynomus.security.bc.BCSecurityProvider;

/**
 * smbj's cryptography with SMB 3's signature computed by {@link AesCmac} (the JDK's hardware AES)
 * instead of Bouncy Castle's Java AES; everything else, from NTLM's MD4 to SMB 3 encryption, stays
 * Bouncy Castle's, as smbj chooses by default.
 *
 * <pre>{@code
 * SmbConfig.builder().withSecurityProvider(new SigningProvider())...
 * }</pre>
 */
public final class SigningProvider implements SecurityProvider {
    /** smbj's name for SMB 3's signing algorithm (it looks names up in upper case). */
    static final String AES_CMAC = "AESCMAC";

    private final SecurityProvider others = new BCSecurityProvider();

    /**
     * Loads what a login and its first signed packet need (Bouncy Castle's MD4 for NTLM, the JDK's
     * AES), for {@code ProtocolWarmup}'s thread; whatever fails here fails again, and is reported,
     * in the real connection.
     */
    public static void warmUp() {
        SigningProvider p = new SigningProvider();
        try {
            p.getDigest("MD4");
            Mac mac = p.getMac(AES_CMAC);
            mac.init(new byte[16]);
            mac.update(new byte[64]);
            mac.doFinal();
        } catch (SecurityException e) {
            // the real connection reports it
        }
    }

    @Override
    public Mac getMac(String name) throws SecurityException {
        return AES_CMAC.equalsIgnoreCase(name) ? new AesCmac() : others.getMac(name);
    }

    @Override
    public MessageDigest getDigest(String name) throws SecurityException {
        return others.getDigest(name);
    }

    @Override
    public Cipher getCipher(String name) throws SecurityException {
        return others.getCipher(name);
    }

    @Override
    public AEADBlockCipher getAEADBlockCipher(String name) throws SecurityException {
        return others.getAEADBlockCipher(name);
    }

    @Override
    public DerivationFunction getDerivationFunction(String name) throws SecurityException {
        return others.getDerivationFunction(name);
    }
}
