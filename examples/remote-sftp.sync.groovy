// Nightly off-site mirror of the shared documents to a NAS over SFTP, logged in with an SSH key. The
// NAS ends up exactly like the source: new and changed files go up, files deleted here go there too.
// A file that was half sent when the connection dropped resumes on the retry instead of starting over.
// Where things are comes from the environment, so one script serves every machine:
//
//   syncopate check remote-sftp.sync.groovy    # logs in once and checks the NAS answers; copies nothing
//   syncopate run remote-sftp.sync.groovy
//   NAS_URL=sftp://nas02:2222/volume1/backup/docs syncopate run remote-sftp.sync.groovy
//   syncopate schedule remote-sftp.sync.groovy --daily 01:30
//
// Before the first run: put the key's .pub into the NAS user's ~/.ssh/authorized_keys, and the NAS's
// host key into known_hosts (ssh-keyscan nas01 >> ~/.ssh/known_hosts, after checking its fingerprint
// with whoever runs the NAS). An unknown host key is refused: the run exits 16 and names the fingerprint.

def source = env('DOCS_DIR', '/srv/shared/docs')
def target = env('NAS_URL', 'sftp://nas01/srv/backup/docs')

credentials {
    nas user: env('NAS_USER', 'backup'), privateKey: env('NAS_KEY', '~/.ssh/id_ed25519'),
        knownHosts: env('NAS_KNOWN_HOSTS', '~/.ssh/known_hosts')
}

sync('docs to nas') {
    from source
    to   target, credentials: 'nas'
    mirror()
    exclude files: ['*.tmp', '~$*', 'thumbs.db'], dirs: ['cache', '.git']
    retries 3, wait: 30.seconds          // a NAS rebooting for an update is back within a minute
    log env('NAS_LOG', '/var/log/syncopate/docs-to-nas.log')
    onExitCode { code ->
        // 16: the NAS could not be reached or refused the login (nothing was deleted); 8: some files failed
        if (code >= 8) {
            println "docs to nas FAILED with exit code $code; see the log"
        } else {
            println "docs to nas: exit code $code"
        }
    }
}
