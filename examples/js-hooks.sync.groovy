// JavaScript hooks: any filter or hook may be js('source') or js(file('hooks/x.js')) instead of a
// closure. The source evaluates to a function of the file view (name, path, size, modified as epoch
// milliseconds, kind); it runs sandboxed: no Java, no files, no network, no threads.
//
//   scripts/syncopate run examples/js-hooks.sync.groovy                  # the sample data, into out/js-hooks
//   scripts/syncopate run examples/js-hooks.sync.groovy -P target=/tmp/copy

def source = params.source ?: 'examples/sample-data'
def target = params.target ?: 'out/js-hooks'
def hooks  = params.hooks  ?: 'examples/hooks'

sync('js-hooks') {
    from source
    to   target
    exclude dirs: ['cache']
    filter     js('f => !f.name.endsWith(".tmp")')                // false: left out, like exclude
    beforeCopy js(file("$hooks/big-photos.js"))                   // a reason (a string) skips the file
    afterCopy  js('f => console.log("copied " + f.path + " (" + f.size + " bytes)")')
    onExitCode js('code => console.log("js-hooks: exit code " + code)')
}
