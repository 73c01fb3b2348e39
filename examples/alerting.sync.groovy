// Alerting: email the last log lines when the backup fails, post to a chat webhook when it works.
// The mail password comes from the environment and never appears in any output (it shows as ****).
// With no servers running (the defaults) each alert prints one "could not send ..." line and the
// exit code stays the sync's.
//
//   scripts/syncopate run examples/alerting.sync.groovy                         # sample data into out/
//   MAIL_PASSWORD=... syncopate run alerting.sync.groovy -P source=/srv/docs -P target=/mnt/nas/docs \
//       -P smtp=mail.example.com -P to=ops@example.com -P webhook=https://hooks.slack.com/services/...

def source  = params.source  ?: 'examples/sample-data'
def target  = params.target  ?: 'out/alerting'
def smtpAt  = params.smtp    ?: '127.0.0.1'                     // nothing listens on port 25 here
def hookUrl = params.webhook ?: 'http://127.0.0.1:9/syncopate'  // port 9 (discard): refused

credentials {
    mail user: 'alerts', password: env('MAIL_PASSWORD', 'not-a-real-password')
}

smtp host: smtpAt, port: (params.smtpPort ?: 25) as int, tls: params.tls ?: 'none',
     from: 'backup@example.com', credentials: 'mail', timeout: 10.seconds

sync('docs') {
    from source
    to   target
    exclude files: ['*.tmp'], dirs: ['cache']
}

notify {
    // Subject "[syncopate] alerting.sync.groovy on <host>: FAILED (exit n)", the summary and the
    // last 50 log lines as the body.
    email   to: params.to ?: 'ops@example.com', when: 'failure'
    webhook hookUrl, when: 'success', timeout: 5.seconds        // Slack/Teams render its "text"
}
