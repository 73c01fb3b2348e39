package dev.syncopate.settings;

import dev.syncopate.options.SyncOptions;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What one sync block sets, as the DSL, a YAML block, a job file or Robocopy's switches said it: the
 * value every front end parses its syntax into, and the one way from there to the engine's options.
 *
 * <pre>{@code
 * SyncSettings s = SyncSettings.NONE
 *         .with(Setting.MIRROR, true)
 *         .with(Setting.EXCLUDE_FILES, List.of("*.tmp"))
 *         .with(Setting.EXCLUDE_FILES, List.of("~*"));   // adds: *.tmp and ~*
 * SyncOptions o = s.toOptions(Path.of("/srv/docs"), Path.of("/mnt/nas/docs"));
 * s.on(Setting.MIRROR);   // true
 * }</pre>
 *
 * <p>Saying a setting again joins the values as the command line does: the last value wins, names and
 * attribute letters add up. A setting never said leaves the engine's default.
 *
 * @param values the settings said, each with its value
 */
public record SyncSettings(Map<Setting<?>, Object> values) {
    /** Nothing said: the engine's defaults, which are Robocopy's. */
    public static final SyncSettings NONE = new SyncSettings(Map.of());

    public SyncSettings {
        values = Map.copyOf(values);
    }

    /** These settings with {@code value} said on top; a null value (not given) changes nothing. */
    public <T> SyncSettings with(Setting<T> setting, T value) {
        if (value == null) {
            return this;
        }
        Map<Setting<?>, Object> m = new HashMap<>(values);
        m.put(setting, setting.join(get(setting), value));
        return new SyncSettings(m);
    }

    /** The value said, or null. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) values.get(setting);
    }

    /** True when the switch was said and is on. */
    public boolean on(Setting<Boolean> setting) {
        return Boolean.TRUE.equals(get(setting));
    }

    /** Sets everything said on {@code b}; the endpoints, hooks and link reference are the caller's. */
    public SyncOptions.Builder applyTo(SyncOptions.Builder b) {
        for (Setting<?> setting : Setting.all()) {
            apply(setting, b);
        }
        return b;
    }

    /** The engine's options for these settings from {@code source} to {@code destination}. */
    public SyncOptions toOptions(Path source, Path destination) {
        return applyTo(SyncOptions.builder(source, destination)).build();
    }

    private <T> void apply(Setting<T> setting, SyncOptions.Builder b) {
        T value = get(setting);
        if (value != null) {
            setting.applyTo(b, value);
        }
    }
}
