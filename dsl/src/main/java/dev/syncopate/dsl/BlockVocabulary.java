package dev.syncopate.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of a {@code sync} block and how each is written: the contract the docs, the GDSL file and
 * the YAML job format share, and the source of "did you mean" suggestions and usage hints.
 */
final class BlockVocabulary {
    /** Word to usage, in the order the docs list them. */
    static final Map<String, String> USAGE = usage();

    private BlockVocabulary() {
    }

    static Set<String> words() {
        return USAGE.keySet();
    }

    private static Map<String, String> usage() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("from", "from '/srv/docs', or from 'smb://fs01/Data/docs', credentials: 'fs'");
        m.put("to", "to '/mnt/nas/docs', or to 'sftp://nas01/backup/docs', credentials: 'nas'");
        m.put("files", "files '*.doc', '*.xls'");
        m.put("mirror", "mirror()");
        m.put("purge", "purge()");
        m.put("move", "move()");
        m.put("moveFiles", "moveFiles()");
        m.put("levels", "levels 2");
        m.put("exclude", "exclude files: ['*.tmp'], dirs: ['Cache']");
        m.put("skip", "skip older: true, newer:, changed:, extra:, lonely:");
        m.put("includeSame", "includeSame()");
        m.put("includeTweaked", "includeTweaked()");
        m.put("checksum", "checksum()");
        m.put("size", "size min: 1.KB, max: 2.GB");
        m.put("age", "age min: 7, max: 30");
        m.put("fatTimes", "fatTimes()");
        m.put("retries", "retries 3, or retries 3, wait: 10.seconds");
        m.put("wait", "wait 10.seconds");
        m.put("threads", "threads 8");
        m.put("bandwidth", "bandwidth 10.MB");
        m.put("dryRun", "dryRun()");
        m.put("log", "log '/var/log/docs.log', append: true");
        m.put("report", "report json: '/var/log/docs.json'");
        m.put("backupDir", "backupDir '/mnt/nas/versions'");
        m.put("maxDelete", "maxDelete 100");
        m.put("allowEmptySource", "allowEmptySource()");
        m.put("filter", "filter { f -> f.size < 2.GB }");
        m.put("beforeCopy", "beforeCopy { f -> if (f.name.endsWith('.lock')) skip 'lock file' }");
        m.put("afterCopy", "afterCopy { f -> println f.path }");
        m.put("beforeDelete", "beforeDelete { f -> if (f.name == 'keep.me') skip 'kept' }");
        m.put("onError", "onError { f, e -> println e.message }");
        m.put("onExitCode", "onExitCode { code -> println code }");
        m.put("snapshot", "snapshot into: '/mnt/nas/snapshots', keep: 7");
        m.put("watch", "watch(), or watch changes: 10, minutes: 5");
        return m;
    }
}
