// Keep a copy of a folder up to date as files arrive (Robocopy's /MON:n /MOT:m): copy it once, then
// watch it and copy again as soon as anything in it changes. The run goes on until it is stopped:
// SIGTERM (kill, systemctl stop) ends it cleanly with its summary and the exit code of its copies;
// --timeout ends it too, and then counts as failed (8), as any run that was stopped.
//
//   scripts/syncopate run examples/watch-inbox.sync.groovy -P target=/tmp/inbox-copy
//   scripts/syncopate run --timeout 8h examples/watch-inbox.sync.groovy    # a working day, then stop
//
// `watch changes: 10, minutes: 5` would wait for ten changed files and at least five minutes
// between copies instead of copying after every change.

def source = params.source ?: 'examples/sample-data'
def target = params.target ?: 'out/inbox'

def result = sync('inbox') {
    from source
    to   target
    exclude files: ['*.tmp'], dirs: ['cache']
    watch changes: 1, minutes: 0
}

println "inbox: stopped watching $source (exit code ${result.exitCode})"
