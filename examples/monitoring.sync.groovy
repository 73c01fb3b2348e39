// Monitoring: a Prometheus textfile for node_exporter (last start, end, duration, exit code, counts and
// last success of the script and of each block) and a heartbeat ping in healthchecks.io's protocol
// (url/start now, then url after a good run or url/fail with the log tail after a failed one).
// With no ping server running (the default) each ping is one warning line; the exit code stays the sync's.
//
//   scripts/syncopate run examples/monitoring.sync.groovy                  # sample data into out/
//   syncopate run monitoring.sync.groovy -P source=/srv/docs -P target=/mnt/nas/docs \
//       -P metrics=/var/lib/prometheus/node-exporter/syncopate-docs.prom -P ping=https://hc-ping.com/<uuid>

def source = params.source ?: 'examples/sample-data'
def target = params.target ?: 'out/monitoring'
def pingUrl = params.ping ?: 'http://127.0.0.1:9/ping/monitoring'   // port 9 (discard): refused

// node_exporter --collector.textfile.directory=<folder> reads every *.prom in it; the folder must
// exist. By default the file goes beside the target (out/ is made for a fresh clone).
def prom = params.metrics ?: "${target}.prom"
if (!params.metrics) new File(target).absoluteFile.parentFile.mkdirs()
metrics prom

notify {
    ping pingUrl, timeout: 5.seconds
}

sync('docs') {
    from source
    to   target
    exclude files: ['*.tmp'], dirs: ['cache']
}
