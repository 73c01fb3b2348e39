package dev.syncopate.job;

/**
 * A setting whose value is not usable, found after binding; {@link JobReader} adds the file and line.
 *
 * @see JobMapping#settings(JobFile)
 */
final class SettingException extends RuntimeException {
    private final String setting;

    SettingException(String setting, String expected) {
        super(expected);
        this.setting = setting;
    }

    /** The dotted path of the setting, e.g. {@code exclude.files}. */
    String setting() {
        return setting;
    }
}
