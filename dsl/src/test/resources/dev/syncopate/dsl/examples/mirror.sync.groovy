// A mirror with the safety catches on. The destination becomes an exact copy of the source, but:
//  - never from an empty source: an unmounted share would otherwise wipe the mirror (always on);
//  - never more than 100 deletions in one run: exit code 8 and nothing deleted (maxDelete);
//  - every file it would overwrite or delete is first moved to a dated versions folder (backupDir);
//  - a JSON report for monitoring, and the log's tail when it fails.
//
//   syncopate run mirror.sync.groovy -P source=/srv/projects -P target=/mnt/mirror/projects

def source   = params.source   ?: '/srv/projects'
def target   = params.target   ?: '/mnt/mirror/projects'
def versions = params.versions ?: '/mnt/mirror/versions'

def projects = sync('projects') {
    from source
    to   target
    mirror()
    maxDelete 100
    backupDir "$versions/${timestamp('yyyy-MM-dd')}"
    exclude dirs: ['node_modules', '.cache'], files: ['*.swp']
    // an extra folder is deleted as one entry: its path is 'keep', the files in it 'keep/...'
    beforeDelete { f -> if (f.path == 'keep' || f.path.startsWith('keep/')) skip 'kept by policy' }
    report json: "$versions/last-run.json"
    threads 4
}

if (projects.exitCode >= 8) {
    println "MIRROR FAILED (exit code ${projects.exitCode}); the end of its log:"
    println projects.log.tail(20)
}
