package dev.syncopate.cli;

import picocli.CommandLine;

import java.util.Locale;

/**
 * {@code run --exit-codes}: the process exit code as Robocopy gives it (the bitmask, the default),
 * or {@code simple} for schedulers that take every non-zero code for a failure: 0–7 (done, with or
 * without copies, extras or mismatches) become 0, 8 and above (failures, fatal) become 1.
 * {@code onExitCode} handlers, notifications and the run history always see the bitmask.
 *
 * <pre>{@code
 * int code = ExitCodeStyle.SIMPLE.map(3);   // 0
 * }</pre>
 */
enum ExitCodeStyle {
    ROBOCOPY, SIMPLE;

    int map(int code) {
        return this == ROBOCOPY ? code : code < 8 ? 0 : 1;
    }

    /** picocli: {@code simple} or {@code robocopy}, in any case, with a plain message otherwise. */
    static final class Converter implements CommandLine.ITypeConverter<ExitCodeStyle> {
        @Override
        public ExitCodeStyle convert(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an exit-code style;"
                        + " use 'robocopy' (the bitmask, the default) or 'simple' (0-7 -> 0, 8 and more -> 1)");
            }
        }
    }
}
