package dev.syncopate.job;

import java.util.List;
import java.util.Map;

/**
 * A declarative sync file ({@code *.sync.yaml}): a list of sync blocks, each a {@link JobFile} (the same
 * settings, with the DSL's names) plus a name, JavaScript hooks and a snapshot, and the script-level
 * {@code credentials:}, {@code smtp:} and {@code notify:} sections. Read by {@link SyncFileReader}.
 *
 * <pre>{@code
 * credentials:
 *   nas: {user: backup, password: {env: NAS_PASSWORD}}
 * sync:
 *   - name: docs
 *     from: /srv/shared/docs
 *     to: /mnt/nas/docs
 *     mirror: true
 *     exclude: {files: ['*.tmp'], dirs: [cache]}
 *     filter: {js: "f => f.size < 1e9"}
 *   - from: /srv/shared/photos
 *     to: sftp://nas01/backup/photos     # or smb://fs01/Backup/photos
 *     credentials: nas
 *     knownHosts: /etc/syncopate/known_hosts
 * notify:
 *   - command: [logger, backup finished]
 *   - ping: https://hc-ping.com/<uuid>
 * metrics: /var/lib/node_exporter/textfile/nightly.prom
 * }</pre>
 *
 * @param sync        the blocks, run in order
 * @param credentials login name to its options, as Groovy's {@code credentials { nas user: ..., password: ... }};
 *                    a value {@code {env: NAME}} stands for {@code env('NAME')}
 * @param smtp        the options of Groovy's {@code smtp host: ..., from: ...}, or null
 * @param notifications the {@code notify:} list, each entry one notifier, {@code {email: {...}}}, {@code {webhook: {...}}} or {@code {command: ...}}
 * @param lines       where each key of the file starts, by JSON pointer ({@code /sync/0/mirror}), for messages
 * @param metrics     {@code metrics: nightly.prom}, the Prometheus textfile of the run, or null
 */
public record SyncFile(List<Block> sync, Map<String, Map<String, Object>> credentials, Map<String, Object> smtp,
                       List<Entry> notifications, Map<String, Integer> lines, String metrics) {
    /**
     * True for the names of sync files: {@code *.sync.yaml} and {@code *.sync.yml}. Here, not in the
     * reader: every {@code run} asks, and the reader's class pulls in Jackson's.
     */
    public static boolean isSyncFile(String fileName) {
        return fileName.endsWith(".sync.yaml") || fileName.endsWith(".sync.yml");
    }


    /**
     * One sync block.
     *
     * @param name     the block's name, or null
     * @param line     where the block starts
     * @param settings its settings, those of a job file that a sync block has words for
     * @param hooks    its JavaScript hooks, in the order written
     * @param snapshot {@code snapshot: {into:, keep:}}, or null
     * @param at       the block's JSON pointer, {@code /sync/0}, to look up the line of a key in {@link #lines}
     * @param knownHosts {@code knownHosts:} for its remote endpoints, or null
     * @param hostKeys   {@code hostKey:} (one or a list) for its remote endpoints; empty for none
     * @param watch      {@code watch: {changes:, minutes:}}: monitor the source and run again; null to run once
     */
    public record Block(String name, int line, JobFile settings, List<Hook> hooks, Snapshot snapshot, String at,
                        String knownHosts, List<String> hostKeys, Watch watch) {
        public Block {
            hostKeys = hostKeys == null ? List.of() : List.copyOf(hostKeys);
        }
    }

    /** A hook word and its JavaScript: {@code filter: {js: "f => ..."}} or {@code filter: {jsFile: hooks/f.js}}. */
    public record Hook(String word, int line, String js, String jsFile) {
    }

    /** {@code watch: {changes: 10, minutes: 5}}, the DSL's {@code watch changes: 10, minutes: 5}; {@code watch: {}} is {@code watch()}. */
    public record Watch(Integer changes, Integer minutes) {
    }

    /** {@code snapshot: {into: /mnt/nas/snapshots, keep: 7}}. */
    public record Snapshot(String into, Integer keep) {
    }

    /** A section entry with its kind ({@code email}), its value and its line. */
    public record Entry(String kind, Object value, int line) {
    }

    /** The line of a key, by JSON pointer, or {@code fallback}. */
    public int line(String pointer, int fallback) {
        return lines.getOrDefault(pointer, fallback);
    }
}
