package dev.syncopate.secret;

import dev.syncopate.remote.Credential;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class SecretsTest {
    private final Secrets secrets = new Secrets();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream target = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void masksEveryOccurrenceLongestFirst() {
        secrets.register("hunter2");
        secrets.register("hunter2-extended");
        assertEquals("a **** b **** c ****x", secrets.mask("a hunter2 b hunter2-extended c hunter2x"));
    }

    @Test
    void ignoresNullAndBlankAndLeavesNullText() {
        secrets.register(null);
        secrets.register("  ");
        secrets.register("");
        assertEquals("a  b", secrets.mask("a  b"));
        assertNull(secrets.mask(null));
    }

    @Test
    void shortValuesAreMaskedOnlyAsWholeTokens() {
        secrets.register("42");
        assertEquals("pin **** copied 1420 files; code=****.", secrets.mask("pin 42 copied 1420 files; code=42."));
    }

    @Test
    void valuesWithRegexCharactersAreLiteral() {
        secrets.register("a.b*c$1\\");
        assertEquals("x****y axbbc", secrets.mask("xa.b*c$1\\y axbbc"));
    }

    @Test
    void filterSeesLaterRegistrations() {
        var filter = secrets.asFilter();
        secrets.register("s3cret-pw");
        assertEquals("pw=****", filter.apply("pw=s3cret-pw"));
    }

    @Test
    void wrappedStreamMasksWholeLines() {
        secrets.register("s3cret-pw");
        PrintStream out = secrets.wrap(target);
        out.println("password is s3cret-pw");
        out.printf("again %s%n", "s3cret-pw");
        assertEquals("password is ****\nagain ****\n", written().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void wrappedStreamMasksASecretSplitAcrossWritesAndFlushes() throws IOException {
        secrets.register("s3cret-pw");
        PrintStream out = secrets.wrap(target);
        out.print("pw: s3c");
        out.flush();
        assertEquals("pw: ", written(), "the possible start of a secret is held back at a flush");
        out.write("ret".getBytes(StandardCharsets.UTF_8));
        out.print("-pw");
        out.print(" done\n");
        assertEquals("pw: **** done\n", written());
        assertFalse(written().contains("s3c"));
    }

    @Test
    void flushWritesTextThatCannotStartASecretAndCloseWritesTheRest() {
        secrets.register("s3cret-pw");
        PrintStream out = secrets.wrap(target);
        out.print("Progress 50%");
        out.flush();
        assertEquals("Progress 50%", written());
        out.print(" s3");
        out.close();
        assertEquals("Progress 50% s3", written());
    }

    @Test
    void wrappedStreamKeepsNonAscii() {
        secrets.register("pässwörd");
        PrintStream out = secrets.wrap(target);
        out.println("é pässwörd ü");
        assertEquals("é **** ü" + System.lineSeparator(), written());
    }

    @Test
    void maskedMessageMasksOrNamesTheClass() {
        secrets.register("s3cret-pw");
        assertEquals("login s3cret-pw failed".replace("s3cret-pw", "****"),
                secrets.maskedMessage(new IllegalStateException("login s3cret-pw failed")));
        assertEquals("NullPointerException", secrets.maskedMessage(new NullPointerException()));
    }

    @Test
    void registeringFromManyThreadsLosesNothing() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 200).forEach(i -> pool.submit(() -> secrets.register("secret-" + i)));
        }
        assertEquals(200, secrets.values().size());
        assertEquals("**** ****", secrets.mask("secret-7 secret-199"));
    }

    @Test
    void credentialNeverShowsItsPassword() {
        Credential c = new Credential("nas", "backup", "s3cret-pw", Path.of("/keys/id"));
        assertEquals("Credential[name=nas, user=backup, password=****, privateKey=/keys/id]", c.toString());
        assertEquals("Credential[name=nas, user=backup, password=none, privateKey=none]",
                new Credential("nas", "backup", null, null).toString());
    }
}
