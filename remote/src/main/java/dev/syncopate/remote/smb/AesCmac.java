package dev.syncopate.remote.smb;

import com.hierynomus.security.Mac;
import com.hierynomus.security.SecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * AES-CMAC (RFC 4493, SMB 3's signature) on the JDK's {@code AES/CBC/NoPadding}, which HotSpot runs
 * on the processor's AES instructions. Bouncy Castle's CMAC, smbj's default, encrypts in Java: on a
 * 1 GiB upload to Samba it was 63 % of all CPU samples, and the copy ran at 69 MB/s.
 *
 * <p>CMAC is a CBC-MAC whose last block is first XORed with a subkey: all blocks but the last go
 * through the CBC cipher as they come (a zero IV, the chaining value kept by the cipher), the last
 * one is held back until {@link #doFinal}, which also returns the cipher to its initial state.
 * smbj asks for a new instance for every packet; the cipher and the subkeys of the last key are
 * kept per thread, so a packet costs no cipher lookup and no key expansion.
 *
 * <pre>{@code
 * Mac mac = new AesCmac();
 * mac.init(signingKey);                 // 16 bytes
 * mac.update(packet, 0, packet.length);
 * byte[] signature = mac.doFinal();     // 16 bytes; the instance is ready for the next message
 * }</pre>
 */
final class AesCmac implements Mac {
    private static final int BLOCK = 16;
    /** Ciphertext nobody reads (only the cipher's chaining value matters), written per chunk. */
    private static final int SCRATCH = 16 * 1024;
    private static final ThreadLocal<Keyed> LAST = new ThreadLocal<>();

    private final byte[] pending = new byte[BLOCK];
    private int pendingLength;
    private Keyed keyed;

    @Override
    public void init(byte[] key) throws SecurityException {
        pendingLength = 0;
        Keyed k = LAST.get();
        if (k == null || !Arrays.equals(k.key, key) || k.midMessage()) {
            k = new Keyed(key);
            LAST.set(k);
        }
        k.owner = this;
        keyed = k;
    }

    /** smbj feeds a packet's header fields byte by byte: no array per byte. */
    @Override
    public void update(byte b) {
        Keyed k = keyed();
        if (pendingLength == BLOCK) {   // a byte follows, so the held block is not the last
            k.chain(pending, 0, BLOCK);
            pendingLength = 0;
        }
        pending[pendingLength++] = b;
    }

    @Override
    public void update(byte[] array) {
        update(array, 0, array.length);
    }

    @Override
    public void update(byte[] in, int offset, int length) {
        if (length <= 0) {
            return;
        }
        Keyed k = keyed();
        int off = offset;
        int len = length;
        if (pendingLength + len <= BLOCK) {   // the last block may still be this one: hold it
            System.arraycopy(in, off, pending, pendingLength, len);
            pendingLength += len;
            return;
        }
        if (pendingLength > 0) {              // complete the held block; more follows, so it is not last
            int fill = BLOCK - pendingLength;
            System.arraycopy(in, off, pending, pendingLength, fill);
            off += fill;
            len -= fill;
            k.chain(pending, 0, BLOCK);
            pendingLength = 0;
        }
        int whole = (len - 1) / BLOCK * BLOCK;   // keep 1..16 bytes back as the possible last block
        if (whole > 0) {
            k.chain(in, off, whole);
        }
        System.arraycopy(in, off + whole, pending, 0, len - whole);
        pendingLength = len - whole;
    }

    @Override
    public byte[] doFinal() {
        Keyed k = keyed();
        byte[] last = new byte[BLOCK];
        byte[] subkey;
        if (pendingLength == BLOCK) {
            System.arraycopy(pending, 0, last, 0, BLOCK);
            subkey = k.k1;
        } else {
            System.arraycopy(pending, 0, last, 0, pendingLength);
            last[pendingLength] = (byte) 0x80;
            subkey = k.k2;
        }
        for (int i = 0; i < BLOCK; i++) {
            last[i] ^= subkey[i];
        }
        pendingLength = 0;
        return k.finish(last);
    }

    @Override
    public void reset() {
        pendingLength = 0;
        if (keyed != null && keyed.owner == this && keyed.dirty) {
            keyed.restart();
        }
    }

    /**
     * This instance's cipher. Another instance on this thread may have taken it over while this one
     * was between messages (smbj makes one per packet, so that is the usual case); this one then
     * gets a cipher of its own.
     */
    private Keyed keyed() {
        if (keyed == null) {
            throw new IllegalStateException("AES-CMAC used before init");
        }
        if (keyed.owner != this) {
            try {
                keyed = new Keyed(keyed.key);
            } catch (SecurityException e) {
                throw new IllegalStateException("AES-CMAC: the key worked before", e);
            }
            keyed.owner = this;
        }
        return keyed;
    }

    /** One thread's cipher for one key, with the key's two subkeys. */
    private static final class Keyed {
        private static final byte[] ZERO_IV = new byte[BLOCK];

        final byte[] key;
        final byte[] k1;
        final byte[] k2;
        private final Cipher cbc;
        private final SecretKeySpec spec;
        private final byte[] scratch = new byte[SCRATCH];
        /** Blocks went through the cipher since it was (re)started. */
        boolean dirty;
        /** The instance whose message the cipher is on (or was on last). */
        AesCmac owner;

        Keyed(byte[] key) throws SecurityException {
            this.key = key.clone();
            try {
                spec = new SecretKeySpec(this.key, "AES");
                cbc = Cipher.getInstance("AES/CBC/NoPadding");
                cbc.init(Cipher.ENCRYPT_MODE, spec, new IvParameterSpec(ZERO_IV));
                byte[] l = cbc.doFinal(new byte[BLOCK]);   // AES_K(0), and the cipher is reset
                k1 = doubled(l);
                k2 = doubled(k1);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new SecurityException(e);
            }
        }

        void chain(byte[] in, int offset, int length) {
            dirty = true;
            try {
                for (int done = 0; done < length; done += SCRATCH) {
                    int n = Math.min(SCRATCH, length - done);
                    cbc.update(in, offset + done, n, scratch, 0);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-CBC failed on whole blocks", e);
            }
        }

        byte[] finish(byte[] last) {
            try {
                byte[] tag = cbc.doFinal(last);   // E_K(last XOR chaining value); resets the cipher
                dirty = false;
                return tag;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-CBC failed on one block", e);
            }
        }

        /** Its owner is in the middle of a message: the cipher holds (or will hold) its state. */
        boolean midMessage() {
            return owner != null && (dirty || owner.pendingLength > 0);
        }

        void restart() {
            try {
                cbc.init(Cipher.ENCRYPT_MODE, spec, new IvParameterSpec(ZERO_IV));
                dirty = false;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-CBC could not restart", e);
            }
        }

        /** RFC 4493's subkey step: shift left one bit, XOR 0x87 into the last byte if a bit fell out. */
        static byte[] doubled(byte[] in) {
            byte[] out = new byte[BLOCK];
            int carry = 0;
            for (int i = BLOCK - 1; i >= 0; i--) {
                int b = in[i] & 0xff;
                out[i] = (byte) ((b << 1) | carry);
                carry = b >>> 7;
            }
            if (carry != 0) {
                out[BLOCK - 1] ^= (byte) 0x87;
            }
            return out;
        }
    }
}
