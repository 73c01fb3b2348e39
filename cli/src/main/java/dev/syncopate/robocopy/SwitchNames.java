package dev.syncopate.robocopy;

import java.util.List;

/**
 * Every {@code robocopy} switch as a shell completion offers it: the name, with a colon when a value
 * follows it there ({@code /R:}, {@code /LOG+:}), in help order. Read from the switch table, so the
 * completion can never offer a switch the parser refuses or miss one it knows.
 *
 * <pre>{@code
 * SwitchNames.forCompletion();   // [/S, /E, /LEV:, ..., /MIR, ..., /MT, /MT:, ...]
 * }</pre>
 */
public final class SwitchNames {
    private SwitchNames() {
    }

    /** {@code /MT} takes an optional value, so it is offered both bare and as {@code /MT:}. */
    public static List<String> forCompletion() {
        return SwitchTable.ALL.stream().flatMap(d -> switch (d.arity()) {
            case NONE, FOLLOWING -> java.util.stream.Stream.of(d.name());
            case VALUE -> java.util.stream.Stream.of(d.name() + ":");
            case OPTIONAL -> java.util.stream.Stream.of(d.name(), d.name() + ":");
        }).toList();
    }
}
