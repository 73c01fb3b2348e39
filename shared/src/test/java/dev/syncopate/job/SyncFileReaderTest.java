package dev.syncopate.job;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync-file reader: one schema with job files, hooks and sections with their lines, the README's YAML. */
class SyncFileReaderTest {
    private static final Path README = Stream.of("../README.md", "README.md").map(Path::of)
            .filter(Files::isRegularFile).findFirst().orElseThrow();

    @Test
    void aBlockIsAJobFile() {
        String job = "from: src\nto: dst\nmirror: true\nexclude:\n  files: ['*.tmp']\n  dirs: [cache]\nretries: 2\n"
                + "wait: 10s\nthreads: 4\nlog: {path: x.log, append: true}\nmaxDelete: 5\n";
        SyncFile f = SyncFileReader.parse("sync:\n  - " + job.replace("\n", "\n    ").strip() + "\n", "n.sync.yaml");
        assertEquals(JobReader.parse(job, "n.yaml"), f.sync().getFirst().settings());
    }

    @Test
    void hooksSnapshotsAndSectionsKeepTheirLines() {
        SyncFile f = SyncFileReader.parse("""
                credentials:
                  nas: {user: backup, password: {env: NAS_PASSWORD}}
                sync:
                  - name: docs
                    from: src
                    to: dst
                    filter: {js: "f => f.size < 10"}
                    beforeCopy:
                      jsFile: hooks/check.js
                  - from: src
                    snapshot: {into: snaps, keep: 3}
                notify:
                  - email: {to: ops@example.com}
                  - command: [logger, done]
                """, "n.sync.yaml");
        SyncFile.Block docs = f.sync().getFirst();
        assertEquals(List.of(new SyncFile.Hook("filter", 7, "f => f.size < 10", null),
                new SyncFile.Hook("beforeCopy", 8, null, "hooks/check.js")), docs.hooks());
        assertEquals(List.of("docs", 4), List.of(docs.name(), docs.line()));
        assertEquals(new SyncFile.Snapshot("snaps", 3), f.sync().get(1).snapshot());
        assertNull(f.sync().get(1).settings().to());
        assertEquals(Map.of("user", "backup", "password", Map.of("env", "NAS_PASSWORD")), f.credentials().get("nas"));
        assertEquals(2, f.line("/credentials/nas", 0));
        assertEquals(List.of(new SyncFile.Entry("email", Map.of("to", "ops@example.com"), 13),
                new SyncFile.Entry("command", List.of("logger", "done"), 14)), f.notifications());
    }

    @Test
    void syncFileNames() {
        assertEquals(List.of(true, true, false, false), Stream.of("a.sync.yaml", "a.sync.yml", "a.yaml", "a.sync.groovy")
                .map(SyncFile::isSyncFile).toList());
    }

    @Test
    void everyYamlExampleInTheReadmeReads() throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder b = null;
        for (String line : Files.readAllLines(README)) {
            if (line.equals("```yaml")) {
                b = new StringBuilder();
            } else if (line.equals("```") && b != null) {
                blocks.add(b.toString());
                b = null;
            } else if (b != null) {
                b.append(line).append('\n');
            }
        }
        assertTrue(blocks.size() >= 2, "README's ```yaml blocks");
        for (String text : blocks) {
            assertTrue(SyncFileReader.parse(text, "README.md").sync().size() >= 1, text);
        }
    }
}
