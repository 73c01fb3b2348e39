package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsHook;
import dev.syncopate.job.JobFile;
import dev.syncopate.job.SyncFile;
import dev.syncopate.remote.RemoteLocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One block of a sync file, said with the words of a Groovy {@code sync} block: {@code mirror: true}
 * calls {@code mirror()}, {@code retries: 3} calls {@code retries 3}, {@code filter: {js: ...}} calls
 * {@code filter js('...')}, {@code to: sftp://..., credentials: nas} calls {@code to 'sftp://...', credentials: 'nas'}.
 * Both formats thus share every check, default and message of the block words.
 *
 * <pre>{@code
 * BlockSettings s = YamlBlock.read(context, script, file.sync().get(0), file);   // SettingError: file:line:
 * BlockRunner.run(context, s);
 * }</pre>
 */
final class YamlBlock {
    private final SyncBlock words;
    private final SyncFile.Block block;
    private final SyncFile file;
    private final String name;

    private YamlBlock(SyncBlock words, SyncFile.Block block, SyncFile file, String name) {
        this.words = words;
        this.block = block;
        this.file = file;
        this.name = name;
    }

    /** The block's settings, read by its words; a mistake is a {@link SettingError} at the key's line. */
    static BlockSettings read(ScriptContext context, SyncScript script, SyncFile.Block block, SyncFile file) {
        BlockSettings settings = new BlockSettings(block.name(), block.line());
        YamlBlock b = new YamlBlock(new SyncBlock(context, script, settings), block, file, context.file());
        b.settings(block.settings());
        if (block.snapshot() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("into", block.snapshot().into());
            if (block.snapshot().keep() != null) o.put("keep", block.snapshot().keep());
            b.say("snapshot", () -> b.words.snapshot(o));
        }
        if (block.watch() != null) {
            Map<String, Object> o = options("changes", block.watch().changes(), "minutes", block.watch().minutes());
            b.say("watch", () -> {
                if (o.isEmpty()) b.words.watch(); else b.words.watch(o);
            });
        }
        for (SyncFile.Hook h : block.hooks()) {
            JsHook hook = b.jsHook(h);
            // The JsHook overloads of the hook words are resolved by Groovy, as for 'filter js(...)'.
            b.say(h.word(), () -> b.words.invokeMethod(h.word(), new Object[] {hook}));
        }
        return settings;
    }

    private void settings(JobFile j) {
        SyncBlock w = words;
        endpoints(j);
        if (j.files() != null) say("files", () -> w.files(j.files().toArray()));
        if (on(j.mirror())) w.mirror();
        if (on(j.purge())) w.purge();
        if (on(j.move())) w.move();
        if (on(j.moveFiles())) w.moveFiles();
        if (j.levels() != null) say("levels", () -> w.levels(j.levels()));
        if (j.exclude() != null) {
            Map<String, Object> o = options("files", j.exclude().files(), "dirs", j.exclude().dirs());
            if (!o.isEmpty()) say("exclude", () -> w.exclude(o));
        }
        if (j.skip() != null) {
            JobFile.Skip s = j.skip();
            Map<String, Object> o = options("older", s.older(), "newer", s.newer(), "changed", s.changed(),
                    "extra", s.extra(), "lonely", s.lonely());
            if (!o.isEmpty()) say("skip", () -> w.skip(o));
        }
        if (on(j.includeSame())) w.includeSame();
        if (on(j.includeTweaked())) w.includeTweaked();
        if (on(j.checksum())) w.checksum();
        if (j.size() != null) say("size", () -> w.size(options("min", j.size().min(), "max", j.size().max())));
        if (j.age() != null) say("age", () -> w.age(options("min", j.age().min(), "max", j.age().max())));
        if (on(j.fatTimes())) w.fatTimes();
        if (j.retries() != null) say("retries", () -> w.retries(j.retries()));
        if (j.waitTime() != null) say("wait", () -> w.wait(j.waitTime()));
        if (j.threads() != null) say("threads", () -> w.threads(j.threads()));
        if (j.bandwidth() != null) say("bandwidth", () -> w.bandwidth(j.bandwidth()));
        if (on(j.dryRun())) w.dryRun();
        if (j.log() != null) say("log", () -> log(j.log()));
        if (j.report() != null) say("report", () -> w.report(options("json", j.report().json())));
        if (j.backupDir() != null) say("backupDir", () -> w.backupDir(j.backupDir()));
        if (j.maxDelete() != null) say("maxDelete", () -> w.maxDelete(j.maxDelete()));
        if (on(j.allowEmptySource())) w.allowEmptySource();
    }

    /**
     * {@code from:} and {@code to:}; the block's {@code credentials:}, {@code knownHosts:} and {@code hostKey:}
     * go with whichever of them is remote, as Groovy's {@code to 'sftp://...', credentials: 'nas'}.
     */
    private void endpoints(JobFile j) {
        Map<String, Object> o = options("credentials", j.credentials(), "knownHosts", block.knownHosts(),
                "hostKey", block.hostKeys().isEmpty() ? null : block.hostKeys());
        boolean fromRemote = RemoteLocation.isRemote(j.from());
        boolean toRemote = j.to() != null && RemoteLocation.isRemote(j.to());
        if (!o.isEmpty() && !fromRemote && !toRemote) {
            String key = o.keySet().iterator().next();
            say(key, () -> {
                throw words.error(key + ": only applies to sftp:// or smb:// locations");
            });
        }
        say("from", () -> words.from(fromRemote ? o : Map.of(), j.from()));
        if (j.to() != null) say("to", () -> words.to(toRemote ? o : Map.of(), j.to()));
    }

    private void log(JobFile.Log l) {
        if (l.path() == null) {
            throw words.error("invalid value for 'log' (expected {path: file.log}, or {path: file.log, append: true})");
        }
        if (l.append() != null) {
            words.log(Map.of("append", l.append()), l.path());
        } else {
            words.log(l.path());
        }
    }

    /** As Groovy's {@code js('...')} and {@code js(file('...'))}: a file is relative to the working directory. */
    private JsHook jsHook(SyncFile.Hook h) {
        if (h.js() != null) {
            return new JsHook(name, h.line(), h.js());
        }
        Path file = Path.of(h.jsFile());
        try {
            return new JsHook(file.getFileName().toString(), 1, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SettingError(name + ":" + h.line() + ": cannot read the JavaScript hook " + h.jsFile()
                    + (e instanceof NoSuchFileException ? " (no such file)" : " (" + e.getMessage() + ")"));
        }
    }

    /**
     * Calls a word, moving its mistake to the key's line: the words find the line of a Groovy script on
     * the stack, where a YAML file has none, and so say only the file name.
     */
    private void say(String key, Runnable word) {
        try {
            word.run();
        } catch (SettingError e) {
            String m = e.getMessage();
            int line = file.line(block.at() + "/" + key, block.line());
            throw new SettingError(m.startsWith(name + ": ") ? name + ":" + line + m.substring(name.length()) : m);
        }
    }

    /** The non-null values of key, value pairs, in order. */
    private static Map<String, Object> options(Object... pairs) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) o.put((String) pairs[i], pairs[i + 1]);
        }
        return o;
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
