// Nightly versioned backup: every run copies the documents into a new folder named after the run's
// time (e.g. out/nightly/20261108_230000), leaves out temporary and system files, and keeps the
// newest 14 folders. Schedule it with: syncopate schedule nightly-backup.sync.groovy --daily 23:00
//
//   scripts/syncopate run examples/nightly-backup.sync.groovy        # the sample data, into out/nightly
//   syncopate run nightly-backup.sync.groovy -P source=/srv/shared/docs -P backups=/mnt/nas/docs -P keep=30

def source  = params.source  ?: 'examples/sample-data'
def backups = params.backups ?: 'out/nightly'
def stamp   = timestamp()                 // yyyyMMdd_HHmmss, the same all run long

def docs = sync('docs') {
    from source
    to   "$backups/$stamp"
    exclude files: ['*.tmp', '~*', 'desktop.ini', 'thumbs.db'], dirs: ['Temp', 'cache', '.git']
    filter { f -> f.size < 2.GB }         // any Groovy condition on the file
    retries 3, wait: 10.seconds
    log "$backups/logs/docs-${stamp}.log"
    beforeCopy { f -> if (f.name.endsWith('.lock')) skip 'lock file' }
    onError    { f, e -> println "could not copy ${f.path}: ${e.message}" }
}

// Old folders go only after a good night, so a failing backup never eats into the history.
// Only folders named like a timestamp are touched: 'logs' stays.
if (docs.exitCode < 8) {
    keep last: params.keep ?: 14, in: backups
}

println "docs: exit code ${docs.exitCode}, ${docs.summary.files.copied} files copied into $backups/$stamp"
