// A mirror with the safety catches on. The destination becomes an exact copy of the source, but:
//  - never from an empty source: an unmounted share would otherwise wipe the mirror (always on);
//  - never more than 100 deletions in one run: exit code 8 and nothing deleted (maxDelete);
//  - every file it overwrites or deletes is first moved to a dated versions folder (backupDir);
//  - nothing under 'archive/' in the mirror is ever deleted (a beforeDelete hook);
//  - a JSON report for monitoring, and the log's tail when it fails.
//
//   scripts/syncopate run examples/mirror-with-safety.sync.groovy     # the sample data, into out/mirror
//   syncopate run mirror-with-safety.sync.groovy -P source=/srv/projects -P target=/mnt/mirror/projects \
//       -P versions=/mnt/mirror/versions -P maxDelete=500

def source   = params.source   ?: 'examples/sample-data'
def target   = params.target   ?: 'out/mirror'
def versions = params.versions ?: 'out/mirror-versions'

def mirrored = sync('mirror') {
    from source
    to   target
    mirror()
    maxDelete params.maxDelete ?: 100       // more deletions than this: delete nothing, exit code 8
    backupDir "$versions/${timestamp('yyyy-MM-dd')}"
    exclude files: ['*.tmp', '*.swp'], dirs: ['cache', 'node_modules']
    // An extra folder is deleted as one entry: its path is 'archive', the files in it 'archive/...'.
    beforeDelete { f ->
        if (f.path == 'archive' || f.path.startsWith('archive/')) {
            skip 'archive is kept'
        } else {
            println "deleting ${f.path} (a copy goes to $versions)"
        }
    }
    report json: "$versions/last-run.json"
    threads 4
}

if (mirrored.exitCode >= 8) {
    println "MIRROR FAILED (exit code ${mirrored.exitCode}); the end of its log:"
    println mirrored.log.tail(20)
} else {
    println "mirror: exit code ${mirrored.exitCode}, ${mirrored.summary.files.copied} copied, " +
            "${mirrored.summary.files.extras} extra files"
}
