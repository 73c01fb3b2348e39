package dev.syncopate.remote.smb;

import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteRoot;

import java.nio.file.Path;
import java.time.Duration;

/** An opened share: the location's directory as a path, and how fine the share keeps times. */
final class SmbRoot implements RemoteRoot {
    private final SmbFileSystem fs;
    private final RemoteLocation location;
    private final Path path;

    SmbRoot(SmbFileSystem fs, RemoteLocation location) {
        this.fs = fs;
        this.location = location;
        this.path = fs.getPath("/" + location.path());
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public RemoteLocation location() {
        return location;
    }

    @Override
    public Duration timeGranularity() {
        return fs.info().timeGranularity();
    }

    @Override
    public String timeGranularityReason() {
        return fs.info().timeGranularityReason(fs.prefix());
    }

    @Override
    public void close() {
        fs.close();
    }
}
