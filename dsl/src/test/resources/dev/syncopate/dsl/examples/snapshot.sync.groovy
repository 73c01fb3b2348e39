// Snapshot backup in one line: every run makes a complete-looking folder named after its time, but
// files unchanged since the previous snapshot are hard links to it, so a snapshot only costs the
// space of what changed, and the previous one is never modified. The newest 7 are kept.
// (Where hard links are impossible, e.g. on FAT or some network shares, files are copied and the
// log says so once.)
//
//   syncopate run snapshot.sync.groovy -P source=/home -P snapshots=/mnt/backup/home

def source    = params.source    ?: '/home'
def snapshots = params.snapshots ?: '/mnt/backup/home'

def home = sync('home') {
    from source
    snapshot into: snapshots, keep: params.keep ?: 7
    exclude dirs: ['.cache', 'Downloads'], files: ['*.tmp']
}

println "snapshot ${timestamp()}: exit code ${home.exitCode}, ${home.summary.files.copied} files copied"
