package dev.syncopate.remote.smb;

import com.hierynomus.msfscc.fileinformation.FileIdBothDirectoryInformation;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The entries of one directory, each a path that carries the size, times and attributes the listing
 * returned, so reading them costs no further request. The listing is fetched whole when the stream
 * opens (smbj pages through it), which is also when a missing directory or a file is reported.
 *
 * <pre>{@code
 * try (DirectoryStream<Path> s = Files.newDirectoryStream(fs.getPath("/docs"))) {
 *     for (Path p : s) { Files.readAttributes(p, BasicFileAttributes.class); }   // no round trip
 * }
 * }</pre>
 */
final class SmbDirectoryStream implements DirectoryStream<Path> {
    private final List<Path> entries;
    private boolean iterated;
    private boolean closed;

    private SmbDirectoryStream(List<Path> entries) {
        this.entries = entries;
    }

    /** Lists {@code dir}, keeping the entries {@code filter} accepts; never "." and "..". */
    static SmbDirectoryStream open(SmbPath dir, Filter<? super Path> filter) throws IOException {
        List<FileIdBothDirectoryInformation> listing = ShareCalls.call(dir, null, s -> s.list(dir.shareName()));
        List<Path> entries = new ArrayList<>(listing.size());
        List<String> names = new ArrayList<>(listing.size());
        for (FileIdBothDirectoryInformation e : listing) {
            String name = e.getFileName();
            if (name.equals(".") || name.equals("..")) {
                continue;
            }
            names.add(name);
            Path p = dir.resolve(name).withListed(SmbAttributes.of(e));
            try {
                if (filter == null || filter.accept(p)) {
                    entries.add(p);
                }
            } catch (IOException x) {
                throw new DirectoryIteratorException(x);
            }
        }
        dir.getFileSystem().fresh().listed(dir, names);
        return new SmbDirectoryStream(entries);
    }

    @Override
    public Iterator<Path> iterator() {
        if (closed || iterated) {
            throw new IllegalStateException(closed ? "directory stream closed" : "iterator already obtained");
        }
        iterated = true;
        return entries.iterator();
    }

    @Override
    public void close() {
        closed = true;
    }
}
