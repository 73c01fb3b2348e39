// A beforeCopy hook kept in its own file: js(file('examples/hooks/big-photos.js')).
// It receives the file view (name, path, size, modified, kind) and returns
//   false            skip the file ("skipped by big-photos.js")
//   'some reason'    skip the file with that reason in the log
//   anything else    copy it
(f) => {
  if (f.path.startsWith('photos/') && f.size > 40 * 1024) {
    return 'photo over 40 KB: ' + f.size + ' bytes';
  }
  return true;
}
