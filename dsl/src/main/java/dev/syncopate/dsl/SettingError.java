package dev.syncopate.dsl;

/**
 * A mistake in a {@code sync} block or a {@code keep} call, found before anything was touched. The
 * message is complete, {@code nightly.sync.groovy:12: unknown setting 'exlcude' in sync block (did you
 * mean 'exclude'?)}; the block fails with exit code 16 and the script goes on.
 */
final class SettingError extends RuntimeException {
    SettingError(String located) {
        super(located);
    }
}
