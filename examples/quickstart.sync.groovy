// Quick start: copy the sample data shipped with Syncopate into out/quickstart (under the current
// directory), leaving out temporary files and the cache folder, then say what happened.
//
//   scripts/syncopate run examples/quickstart.sync.groovy             # from the repository's root
//   scripts/syncopate run examples/quickstart.sync.groovy --dry-run   # only show what it would do
//   scripts/syncopate run examples/quickstart.sync.groovy -P target=/tmp/copy
//
// Run it twice: the second run has nothing to do and exits 0.

def source = params.source ?: 'examples/sample-data'
def target = params.target ?: 'out/quickstart'

def result = sync('quickstart') {
    from source
    to   target
    exclude files: ['*.tmp'], dirs: ['cache']
}

def files = result.summary.files
println "quickstart: copied ${files.copied} of ${files.total} files into $target (exit code ${result.exitCode})"
