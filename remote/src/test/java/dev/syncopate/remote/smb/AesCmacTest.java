package dev.syncopate.remote.smb;

import com.hierynomus.security.Mac;
import com.hierynomus.security.bc.BCSecurityProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link AesCmac} against RFC 4493's examples and against Bouncy Castle's CMAC, smbj's default. */
class AesCmacTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] RFC_KEY = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
    private static final byte[] RFC_MESSAGE = HEX.parseHex("6bc1bee22e409f96e93d7e117393172a"
            + "ae2d8a571e03ac9c9eb76fac45af8e51" + "30c81c46a35ce411e5fbc1191a0a52ef"
            + "f69f2445df4f9b17ad2b417be66c3710");

    @ParameterizedTest(name = "RFC 4493, {0} bytes")
    @CsvSource({
            "0,  bb1d6929e95937287fa37d129b756746",
            "16, 070a16b46b4d4144f79bdd9dd04a287c",
            "40, dfa66747de9ae63030ca32611497c827",
            "64, 51f0bebf7e3b9d92fc49741779363cfe",
    })
    void rfcExamples(int length, String tag) throws Exception {
        Mac mac = new AesCmac();
        mac.init(RFC_KEY);
        mac.update(RFC_MESSAGE, 0, length);
        assertEquals(tag, HEX.formatHex(mac.doFinal()));
        // ready for the next message with the same key at once
        mac.update(RFC_MESSAGE, 0, length);
        assertEquals(tag, HEX.formatHex(mac.doFinal()));
    }

    /** Lengths around block and chunk edges, fed in random pieces (single bytes among them). */
    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({"1", "15", "17", "31", "32", "33", "100", "16383", "16384", "16385", "16400", "65536", "1048641"})
    void sameTagsAsBouncyCastleWhateverThePieces(int length) throws Exception {
        Random random = new Random(length);
        byte[] key = new byte[16];
        random.nextBytes(key);
        byte[] message = new byte[length];
        random.nextBytes(message);

        Mac reference = new BCSecurityProvider().getMac("AESCMAC");
        reference.init(key);
        reference.update(message);
        byte[] expected = reference.doFinal();

        for (int attempt = 0; attempt < 5; attempt++) {
            Mac mac = new AesCmac();
            mac.init(key);
            int at = 0;
            while (at < length) {
                int n = Math.min(length - at, random.nextInt(4) == 0 ? 1 : random.nextInt(40_000));
                if (n == 1) {
                    mac.update(message[at]);
                } else {
                    mac.update(message, at, n);
                }
                at += n;
            }
            assertArrayEquals(expected, mac.doFinal(), "pieces, attempt " + attempt);
        }
    }

    /** smbj signs an outgoing packet and checks an incoming one on the same thread, possibly interleaved. */
    @Test
    void interleavedInstancesOnOneThreadKeepTheirOwnState() throws Exception {
        Mac a = new AesCmac();
        a.init(RFC_KEY);
        a.update(RFC_MESSAGE, 0, 20);                 // a is in the middle of its message
        Mac b = new AesCmac();
        b.init(RFC_KEY);
        b.update(RFC_MESSAGE, 0, 40);
        a.update(RFC_MESSAGE, 20, 20);
        assertEquals("dfa66747de9ae63030ca32611497c827", HEX.formatHex(b.doFinal()));
        assertEquals("dfa66747de9ae63030ca32611497c827", HEX.formatHex(a.doFinal()));

        // a finished message's instance, reused after another took its cipher over
        Mac c = new AesCmac();
        c.init(RFC_KEY);
        a.update(RFC_MESSAGE, 0, 64);
        c.update(RFC_MESSAGE, 0, 16);                 // c took b's cipher; b comes back mid-way of c
        b.update(RFC_MESSAGE, 0, 64);
        assertEquals("51f0bebf7e3b9d92fc49741779363cfe", HEX.formatHex(a.doFinal()));
        assertEquals("070a16b46b4d4144f79bdd9dd04a287c", HEX.formatHex(c.doFinal()));
        assertEquals("51f0bebf7e3b9d92fc49741779363cfe", HEX.formatHex(b.doFinal()));
    }

    @Test
    void resetDropsAHalfMessageAndAnotherKeyGetsItsOwnCipher() throws Exception {
        Mac mac = new AesCmac();
        mac.init(RFC_KEY);
        mac.update(RFC_MESSAGE, 0, 50);
        mac.reset();
        mac.update(RFC_MESSAGE, 0, 40);
        assertEquals("dfa66747de9ae63030ca32611497c827", HEX.formatHex(mac.doFinal()));

        byte[] other = new byte[16];
        Mac reference = new BCSecurityProvider().getMac("AESCMAC");
        reference.init(other);
        reference.update(RFC_MESSAGE);
        mac.init(other);
        mac.update(RFC_MESSAGE);
        assertArrayEquals(reference.doFinal(), mac.doFinal());

        mac.init(RFC_KEY);   // back to the first key
        mac.update(RFC_MESSAGE, 0, 16);
        assertEquals("070a16b46b4d4144f79bdd9dd04a287c", HEX.formatHex(mac.doFinal()));
    }

    @Test
    void aBadKeyOrNoKeyIsRefused() {
        assertThrows(com.hierynomus.security.SecurityException.class, () -> new AesCmac().init(new byte[7]));
        assertThrows(IllegalStateException.class, () -> new AesCmac().update(RFC_MESSAGE));
    }

    @Test
    void theProviderGivesThisCmacAndBouncyCastleForTheRest() throws Exception {
        SigningProvider p = new SigningProvider();
        assertInstanceOf(AesCmac.class, p.getMac("AESCMAC"));
        Mac hmac = p.getMac("HmacSHA256");
        hmac.init(RFC_KEY);
        hmac.update(RFC_MESSAGE);
        javax.crypto.Mac jdk = javax.crypto.Mac.getInstance("HmacSHA256");
        jdk.init(new javax.crypto.spec.SecretKeySpec(RFC_KEY, "HmacSHA256"));
        assertArrayEquals(jdk.doFinal(RFC_MESSAGE), hmac.doFinal());
        p.getDigest("MD4");   // NTLM's, which the JDK does not offer
    }
}
