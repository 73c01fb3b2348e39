package dev.syncopate.robocopy;

import dev.syncopate.settings.DidYouMean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every switch the {@code robocopy} command knows, implemented ({@link Switches}) or accepted for
 * compatibility ({@link CompatSwitches}), looked up by name regardless of case.
 *
 * <pre>{@code
 * SwitchTable.find("/mir");        // Optional[/MIR]
 * SwitchTable.suggest("/MIRR");    // Optional[/MIR]
 * }</pre>
 */
final class SwitchTable {
    /** In help order: implemented switches by group, then the compatibility ones. */
    static final List<SwitchDef> ALL = Stream.concat(Switches.SUPPORTED.stream(), CompatSwitches.ALL.stream()).toList();

    private static final Map<String, SwitchDef> BY_KEY = index();

    private SwitchTable() {
    }

    /**
     * The switch of that name in any case of ASCII letters. Other letters never match, though Java would
     * upper-case them to one: the dotless {@code ı} of {@code /mır} to {@code I}, the long {@code ſ} to {@code S}.
     */
    static Optional<SwitchDef> find(String name) {
        if (!name.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(name.toUpperCase(Locale.ROOT)));
    }

    /** The known switch closest to a mistyped one. */
    static Optional<String> suggest(String name) {
        return DidYouMean.closest(name, ALL.stream().map(SwitchDef::name).toList());
    }

    private static Map<String, SwitchDef> index() {
        Map<String, SwitchDef> map = new LinkedHashMap<>();
        for (SwitchDef d : ALL) {
            if (map.put(d.key(), d) != null) {
                throw new IllegalStateException("switch listed twice: " + d.name());
            }
        }
        return map;
    }
}
