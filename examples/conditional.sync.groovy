// Conditions are plain Groovy: a daily copy, then a full mirror on Sundays (or when asked with
// -P force=weekly) but only if the daily copy went well, and one line for the alerting system at
// the end.
//
//   scripts/syncopate run examples/conditional.sync.groovy -P force=weekly   # the sample data, into out/
//   syncopate run conditional.sync.groovy -P source=/srv/shared/docs -P daily=/mnt/nas/daily -P offsite=/mnt/offsite/docs

def source  = params.source  ?: 'examples/sample-data'
def daily   = params.daily   ?: 'out/daily'
def offsite = params.offsite ?: 'out/offsite'

def docs = sync('daily') {
    from source
    to   daily
    skip older: true                  // never overwrite a newer copy with an older one
    exclude files: ['*.tmp'], dirs: ['cache']
}

if (docs.exitCode >= 8) {
    println "daily copy failed (exit code ${docs.exitCode}): no weekly mirror today"
} else if (today.dayOfWeek == SUNDAY || params.force == 'weekly') {
    sync('weekly mirror') {
        from source
        to   offsite
        mirror()
        exclude files: ['*.tmp'], dirs: ['cache']
    }
} else {
    println "weekly mirror: not today (${today.dayOfWeek.toString().toLowerCase()})"
}

onExitCode { code ->
    if (code >= 8) {
        println "ALERT from $hostname: backup failed with exit code $code"
    } else {
        println "backup finished on $hostname with exit code $code"
    }
}
