// Conditions are plain Groovy: a daily copy of what changed lately, a full mirror on Sundays (or
// when asked with -P force=weekly) if the daily copy went well, and one line for the alerting
// system at the end.
//
//   syncopate run conditional.sync.groovy -P source=/srv/shared/docs

def source  = params.source  ?: '/srv/shared/docs'
def daily   = params.daily   ?: '/mnt/nas/daily'
def offsite = params.offsite ?: '/mnt/offsite/docs'

def docs = sync('daily') {
    from source
    to   daily
    age max: 30                       // only files changed in the last 30 days
    skip older: true                  // never overwrite a newer copy with an older one
}

if (docs.exitCode < 8 && (today.dayOfWeek == SUNDAY || params.force == 'weekly')) {
    sync('weekly mirror') {
        from source
        to   offsite
        mirror()
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
