// A copy that leaves room on a slow line: all copies of the block together write at most 1 MiB a
// second (/BWLIMIT:1M in robocopy mode, `bandwidth: 1M` in YAML), whatever the number of threads.
//
//   scripts/syncopate run examples/throttled-copy.sync.groovy -P target=/tmp/throttled
//
// 10.MB, '10M' and 10485760 mean the same: bytes per second, K/M/G counted in 1024s, as rsync's and
// rclone's --bwlimit (but a bare number is bytes, not KiB). The limit holds for sftp:// and smb:// too.

def source = params.source ?: 'examples/sample-data'
def target = params.target ?: 'out/throttled'

def result = sync('throttled') {
    from source
    to   target
    exclude files: ['*.tmp'], dirs: ['cache']
    bandwidth 1.MB
    threads 4
}

println "throttled: copied ${result.summary.bytes.copied} bytes at up to 1 MiB/s (exit code ${result.exitCode})"
