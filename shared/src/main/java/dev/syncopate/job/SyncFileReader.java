package dev.syncopate.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code *.sync.yaml} file with the job files' strict binding and messages ({@link JobReader}), and
 * checks the whole file before anything runs: a mistake in the last block stops the first one too.
 *
 * <pre>{@code
 * SyncFile f = SyncFileReader.parse(text, "nightly.sync.yaml");
 * // JobFileException: "nightly.sync.yaml:4: unknown setting 'mirorr' (did you mean 'mirror'?)"
 * // JobFileException: "nightly.sync.yaml:3:7: mapping values are not allowed here"
 * }</pre>
 */
public final class SyncFileReader {
    /** The block's hook words, in the order the docs list them. */
    public static final List<String> HOOKS = List.of("filter", "beforeCopy", "afterCopy", "beforeDelete", "onError",
            "onExitCode");
    /** Block keys that are no job-file setting. */
    private static final List<String> BLOCK_ONLY = List.of("name", "filter", "beforeCopy", "afterCopy", "beforeDelete",
            "onError", "onExitCode", "snapshot", "knownHosts", "hostKey", "watch");
    /** Job-file settings no sync block word stands for: Robocopy's own, or the DSL's fixed defaults. */
    private static final List<String> JOB_ONLY = List.of("recurse", "emptyDirs", "create", "dstTolerance", "attributes",
            "copy", "dirCopy", "links", "restartable", "unbuffered", "verify", "credentialsFile", "packetGap", "exclude/dirLinks", "exclude/fileLinks",
            "log/unicode", "log/tee", "log/verbose", "log/reportExtra", "log/timestamps", "log/fullPaths", "log/bytes",
            "log/noSize", "log/noClass", "log/noFileList", "log/noDirList", "log/noProgress", "log/eta", "log/noHeader",
            "log/noSummary");
    private static final List<String> NOTIFIERS = List.of("email", "webhook", "command", "ping");
    private static final String SHAPE = "a sync file is a mapping with a 'sync:' list of blocks";

    /** The file's sections, as bound before the blocks are read one by one. */
    private record Sections(List<JsonNode> sync, Map<String, Map<String, Object>> credentials,
                            Map<String, Object> smtp,
                            @JsonProperty("notify") List<Map<String, Object>> notifications, String metrics) {
        // 'notify' cannot name a record component: it is a method of Object.
    }

    /** The keys of a block that a job file has not. */
    private record Extras(String name, Source filter, Source beforeCopy, Source afterCopy, Source beforeDelete,
                          Source onError, Source onExitCode, SyncFile.Snapshot snapshot, String knownHosts,
                          List<String> hostKey, SyncFile.Watch watch) {
    }

    /** {@code {js: "..."}} or {@code {jsFile: path}}. */
    private record Source(String js, String jsFile) {
    }

    private SyncFileReader() {
    }

    /** Reads and checks sync-file text; {@code name} is the file name used in messages. */
    public static SyncFile parse(String text, String name) {
        Map<String, Integer> lines = YamlIndex.of(text, name, SHAPE);
        JsonNode tree;
        try {
            tree = JobYaml.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw YamlIndex.syntax(e, name);
        }
        Sections s = lines.isEmpty() ? null
                : JobReader.bind(() -> JobYaml.MAPPER.treeToValue(tree, Sections.class), name, lines, "", List.of(), SHAPE);
        if (s == null || s.sync() == null || s.sync().isEmpty()) {
            throw new JobFileException(name + ":" + lines.getOrDefault("/sync", 1)
                    + ": no sync blocks: a sync file needs a 'sync:' list, such as 'sync: [{from: docs, to: backup}]'");
        }
        List<SyncFile.Block> blocks = new ArrayList<>();
        for (int i = 0; i < s.sync().size(); i++) {
            blocks.add(block(s.sync().get(i), "/sync/" + i, name, lines));
        }
        return new SyncFile(blocks, s.credentials() == null ? Map.of() : s.credentials(), s.smtp(),
                notifications(s.notifications(), name, lines), lines, s.metrics());
    }

    private static SyncFile.Block block(JsonNode node, String at, String name, Map<String, Integer> lines) {
        int line = lines.getOrDefault(at, 1);
        if (!(node instanceof ObjectNode o)) {
            throw new JobFileException(name + ":" + line + ": a sync block is a mapping of settings, such as"
                    + " '- {from: docs, to: backup}'");
        }
        for (String hook : HOOKS) {
            if (o.has(hook) && !o.get(hook).isObject()) {
                throw hookError(hook, name, lines.getOrDefault(at + "/" + hook, line));
            }
        }
        ObjectNode settings = o.deepCopy().without(BLOCK_ONLY);
        ObjectNode extra = o.deepCopy().retain(BLOCK_ONLY);
        JobFile job = JobReader.bind(() -> JobYaml.MAPPER.treeToValue(settings, JobFile.class), name, lines, at,
                BLOCK_ONLY, "a sync block is a mapping of settings");
        Extras x = JobReader.bind(() -> JobYaml.MAPPER.treeToValue(extra, Extras.class), name, lines, at, List.of(),
                "a sync block is a mapping of settings");
        for (String key : JOB_ONLY) {
            if (!o.at("/" + key).isMissingNode()) {
                throw new JobFileException(name + ":" + lines.getOrDefault(at + "/" + key, line) + ": '"
                        + key.replace('/', '.') + "' is a setting of robocopy job files; a sync block has no such word");
            }
        }
        String where = name + ":" + line + ": sync block" + (x.name() == null ? "" : " '" + x.name() + "'");
        if (job.from() == null) {
            throw new JobFileException(where + " has no source ('from')");
        }
        if (job.to() == null && x.snapshot() == null) {
            throw new JobFileException(where + " has no destination ('to', or 'snapshot: {into: ...}')");
        }
        if (job.to() != null && x.snapshot() != null) {
            throw new JobFileException(where + " has both 'to' and 'snapshot'; a snapshot makes its own destination");
        }
        JobReader.checkValues(job.to() == null ? job.withEndpoints(job.from(), ".") : job, name, lines, at);
        List<Source> sources = java.util.Arrays.asList(x.filter(), x.beforeCopy(), x.afterCopy(), x.beforeDelete(),
                x.onError(), x.onExitCode());
        List<SyncFile.Hook> hooks = new ArrayList<>();
        for (int i = 0; i < HOOKS.size(); i++) {
            Source src = sources.get(i);
            if (src != null) {
                hooks.add(hook(HOOKS.get(i), src, name, lines.getOrDefault(at + "/" + HOOKS.get(i), line)));
            }
        }
        return new SyncFile.Block(x.name(), line, job, hooks, x.snapshot(), at, x.knownHosts(),
                x.hostKey() == null ? List.of() : x.hostKey(), x.watch());
    }

    private static SyncFile.Hook hook(String word, Source src, String name, int line) {
        boolean js = src.js() != null && !src.js().isBlank();
        boolean file = src.jsFile() != null && !src.jsFile().isBlank();
        if (js == file) {
            throw hookError(word, name, line);
        }
        return new SyncFile.Hook(word, line, src.js(), src.jsFile());
    }

    private static JobFileException hookError(String word, String name, int line) {
        return new JobFileException(name + ":" + line + ": invalid value for '" + word + "' (expected {js: \"f => ...\"}"
                + " or {jsFile: path/to/hook.js}, one of them)");
    }

    private static List<SyncFile.Entry> notifications(List<Map<String, Object>> notify, String name, Map<String, Integer> lines) {
        List<SyncFile.Entry> entries = new ArrayList<>();
        for (int i = 0; notify != null && i < notify.size(); i++) {
            Map<String, Object> n = notify.get(i);
            int line = lines.getOrDefault("/notify/" + i, lines.getOrDefault("/notify", 1));
            if (n == null || n.size() != 1 || !NOTIFIERS.contains(n.keySet().iterator().next())) {
                String key = n == null || n.isEmpty() ? "" : " (not '" + String.join(", ", n.keySet()) + "')";
                throw new JobFileException(name + ":" + line + ": a notify entry is one of email:, webhook:, command:, ping:"
                        + key);
            }
            Map.Entry<String, Object> e = n.entrySet().iterator().next();
            entries.add(new SyncFile.Entry(e.getKey(), e.getValue(), line));
        }
        return entries;
    }
}
