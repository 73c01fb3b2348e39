package dev.syncopate.runstate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.event.Counts;

import java.time.DateTimeException;
import java.time.OffsetDateTime;

/**
 * Reads one journal line back into a {@link RunRecord}. Its own class so that only {@code history}
 * loads Jackson: a run only writes, and starts faster without it.
 *
 * <pre>{@code
 * RunRecord r = JournalParser.parse(line);   // null for a torn or foreign line
 * }</pre>
 */
final class JournalParser {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JournalParser() {
    }

    /** The record, or null when the line is not a whole record (a run killed mid-write, a hand edit). */
    static RunRecord parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject() || !n.path("start").isTextual()) {
                return null;
            }
            return new RunRecord(OffsetDateTime.parse(n.get("start").asText()), time(n.path("end")),
                    n.path("exit").isIntegralNumber() ? n.get("exit").intValue() : null,
                    n.path("pid").asLong(), n.path("dryRun").asBoolean(),
                    counts(n.path("dirs")), counts(n.path("files")), counts(n.path("bytes")),
                    n.path("note").isTextual() ? n.get("note").asText() : null);
        } catch (JacksonException | DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime time(JsonNode n) {
        return n.isTextual() ? OffsetDateTime.parse(n.asText()) : null;
    }

    /** A row; the fields a row does not keep (mismatch, and skipped for dirs and bytes) read as 0. */
    private static Counts counts(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        return new Counts(n.path("total").asLong(), n.path("copied").asLong(), n.path("skipped").asLong(),
                n.path("mismatch").asLong(), n.path("failed").asLong(), n.path("extras").asLong());
    }
}
