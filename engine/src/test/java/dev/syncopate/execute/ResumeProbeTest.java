package dev.syncopate.execute;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under /Z a copy looks for a partial file to resume only where one can be: the destination's listing
 * held its temp, or an earlier attempt of this run failed and may have left one. Elsewhere the look
 * would be a wasted stat (a round trip per file on SFTP).
 */
class ResumeProbeTest {

    /** Records what each attempt was told, then copies with the real copier. */
    private static final class Recording implements Copier {
        final List<Boolean> noPartial = new ArrayList<>();
        final List<CopyResult> results = new ArrayList<>();
        private final List<Copier> attempts;

        Recording(Copier... attempts) {
            this.attempts = List.of(attempts);
        }

        @Override
        public CopyResult copy(CopyRequest request) throws IOException {
            noPartial.add(request.noPartial());
            CopyResult r = attempts.get(Math.min(noPartial.size(), attempts.size()) - 1).copy(request);
            results.add(r);
            return r;
        }
    }

    @Test
    void aTempTheListingShowedIsResumed() throws Exception {
        try (Stage s = new Stage(b -> b.restartable())) {
            s.source("a=abcdefghij");
            s.destination(TempNames.name("a", 10, dev.syncopate.sync.Trees.T0_NANOS) + "=ABCDE");
            Recording copier = new Recording(new FileCopier());
            s.executor(copier).copy(s.copyJob("a"));
            assertEquals(List.of(false), copier.noPartial);
            assertEquals(5, copier.results.get(0).resumedFrom());
            assertEquals("ABCDEfghij", Files.readString(s.dst.resolve("a")));
        }
    }

    @Test
    void withoutAListedTempTheFirstAttemptDoesNotLookButARetryResumes() throws Exception {
        try (Stage s = new Stage(b -> b.restartable().retries(1).waitTime(Duration.ZERO))) {
            s.source("a=abcdefghij");
            Recording copier = new Recording(new FileCopier(temp -> {
                throw new IOException("connection dropped");   // after the data: the partial file stays
            }), new FileCopier());
            s.executor(copier).copy(s.copyJob("a"));
            assertEquals(List.of(true, false), copier.noPartial);
            assertEquals(10, copier.results.get(0).resumedFrom(), "the retry found the first attempt's bytes");
            assertEquals("abcdefghij", Files.readString(s.dst.resolve("a")));
        }
    }

    @Test
    void aCopierToldThereIsNoPartialWritesTheWholeFile() throws Exception {
        try (Stage s = new Stage(b -> b)) {
            s.source("a=abcdefghij");
            s.destination("x=1");
            CopyRequest r = CopyRequest.of(s.src.resolve("a"), s.dst.resolve("a"), 10, dev.syncopate.sync.Trees.T0_NANOS)
                    .withRestartable(true);
            Files.writeString(r.temp(), "ABCDE");   // appeared after the listing: not looked for
            CopyResult result = new FileCopier().copy(r.withNoPartial(true));
            assertEquals(0, result.resumedFrom());
            assertEquals(10, result.bytesWritten());
            assertEquals("abcdefghij", Files.readString(s.dst.resolve("a")));
            assertTrue(Files.notExists(r.temp()));
        }
    }
}
