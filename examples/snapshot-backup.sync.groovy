// Snapshot backup in one line: every run makes a complete-looking folder named after its time, but
// files unchanged since the previous snapshot are hard links to it, so a snapshot only costs the
// space of what changed, and the previous one is never modified. The newest 7 are kept.
// (Where hard links are impossible, e.g. on FAT or some network shares, files are copied and the
// log says so once.)
//
//   scripts/syncopate run examples/snapshot-backup.sync.groovy    # the sample data, into out/snapshots
//   syncopate run snapshot-backup.sync.groovy -P source=/home -P snapshots=/mnt/backup/home -P keep=30

def source    = params.source    ?: 'examples/sample-data'
def snapshots = params.snapshots ?: 'out/snapshots'

def home = sync('home') {
    from source
    snapshot into: snapshots, keep: params.keep ?: 7
    exclude dirs: ['.cache', 'cache', 'Downloads'], files: ['*.tmp']
}

println "snapshot $snapshots/${timestamp()}: exit code ${home.exitCode}, ${home.summary.files.copied} files copied"
