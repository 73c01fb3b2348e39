package dev.syncopate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two names that differ only in Unicode form ({@code café} as NFC and as NFD) are one name to the
 * march. ext4 keeps both byte names, so these are real files on the local disk: the one that is
 * not copied, or not purged, is an ERROR line and exit bit 8, never a silent skip.
 */
class DuplicateNamesIT {
    private static final String NFC = "caf\u00e9.txt", NFD = "cafe\u0301.txt";
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final String STAMP = "\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d ";

    @TempDir
    Path tmp;

    @Test
    void aSourceTwinIsNotCopiedAndIsAnErrorWithExitBit8() throws Exception {
        Path src = Trees.dir(tmp, "src");
        Path dst = tmp.resolve("dst");
        Trees.file(src, NFC, "nfc", T0);
        Trees.file(src, NFD, "nfd", T0);
        Trees.file(src, "other.txt", "other", T0);
        Path json = tmp.resolve("report.json");

        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/JSON:" + json).run()
                .assertExit(1 | 8);

        // NFD sorts first (e before é): it is copied, NFC is not, and the log says which.
        List<String> out = r.stdoutLines();
        int error = r.indexOfStdoutLine(STAMP + Pattern.quote("ERROR 80 (0x00000050) Copying File " + src.resolve(NFC)));
        assertTrue(error > 0, r.toString());
        assertEquals("\t    New File  \t\t       3\t" + NFC, out.get(error - 1), r.toString());
        assertEquals("The file exists. (Duplicate name: " + NFD + " differs from this name only in Unicode form,"
                + " NFD against NFC, so they count as one: " + NFD + " is copied, this one is not."
                + " Rename one of them.)", out.get(error + 1));
        assertEquals(1, LogTable.last(r.stdout(), "Files")[LogTable.FAILED], r.stdout());
        assertEquals("nfd", Trees.read(dst.resolve(NFD)));
        assertFalse(Files.exists(dst.resolve(NFC)), "only one of the twins is copied");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(9, report.path("exitCode").asInt());
        assertEquals(src.resolve(NFC).toString(), report.path("errors").path(0).path("path").asText(),
                report.toPrettyString());
        assertEquals(80, report.path("errors").path(0).path("code").asInt(), report.toPrettyString());
    }

    @Test
    void aDestinationTwinIsNeverPurgedAndIsAnError() {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(src, NFC, "nfc", T0);
        Trees.file(dst, NFC, "nfc", T0);
        Trees.file(dst, NFD, "an older copy, perhaps the only one", T0);

        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR").run()
                .assertExit(2 | 8);

        List<String> out = r.stdoutLines();
        int error = r.indexOfStdoutLine(STAMP + Pattern.quote("ERROR 80 (0x00000050) Deleting Extra File " + dst.resolve(NFD)));
        assertTrue(error > 0, r.toString());
        assertEquals("The file exists. (Duplicate name: " + NFC + " differs from this name only in Unicode form,"
                + " NFC against NFD, so they count as one: not purged, as deleting it could delete " + NFC + ".)",
                out.get(error + 1));
        assertEquals("an older copy, perhaps the only one", Trees.read(dst.resolve(NFD)));
        assertEquals("nfc", Trees.read(dst.resolve(NFC)));
    }
}
