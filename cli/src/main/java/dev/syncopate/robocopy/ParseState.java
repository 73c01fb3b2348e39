package dev.syncopate.robocopy;

import dev.syncopate.settings.Setting;
import dev.syncopate.settings.SyncSettings;

import java.nio.file.Path;

/**
 * What the switches of one command line change: the block's settings (on top of a {@code /JOB} file's),
 * the log options (which the engine keeps as one immutable value, so they are gathered here first), and
 * the job switches.
 */
final class ParseState {
    SyncSettings settings;
    final LogSettings log;
    boolean quit;
    String saveName;
    boolean noSourceDir;
    boolean noDestDir;
    /** {@code /CRED:name}, or null. */
    String credential;
    /** {@code /CREDFILE:path}, or null. */
    String credentialsFile;
    /** {@code /MON:n} and {@code /MOT:m}, or null: monitor mode, which no job file saves. */
    Integer monitorChanges;
    Integer monitorMinutes;
    /** {@code /METRICS:file}, checked, or null. */
    Path metrics;

    ParseState(SyncSettings settings, LogSettings log) {
        this.settings = settings;
        this.log = log;
    }

    /** Says {@code value} for {@code setting} on top of what was said before. */
    <T> ParseState set(Setting<T> setting, T value) {
        settings = settings.with(setting, value);
        return this;
    }
}
