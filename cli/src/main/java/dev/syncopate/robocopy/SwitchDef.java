package dev.syncopate.robocopy;

import java.util.List;
import java.util.Locale;

/**
 * One row of the switch table: its name, how it takes a value, its help line, and what it does.
 *
 * <pre>{@code
 * SwitchDef r = SwitchDef.value("/R", "n", Group.RETRY, "retries on failed copies (default 3)",
 *         arg -> { int n = Values.count(arg.value(), 0, Integer.MAX_VALUE, "retries");
 *                  return s -> s.set(Setting.RETRIES, n); });
 * }</pre>
 *
 * <p>Handling is split in two so that the whole command line is read and checked before anything is
 * applied: the {@link Handler} parses the value (and fails on a bad one) while the arguments are read;
 * the {@link Action} it returns changes the options later, after a {@code /JOB} file was loaded.
 *
 * @param name    canonical spelling, e.g. {@code /MAXAGE}; lookups ignore case
 * @param arity   how the value is given
 * @param hint    the value's placeholder in help, e.g. {@code n}; empty for {@link Arity#NONE}
 * @param group   the help section
 * @param help    one line for {@code --help}
 * @param handler parses the value into an action
 * @param caveat  the warning this switch prints, or null
 */
record SwitchDef(String name, Arity arity, String hint, Group group, String help, Handler handler, Caveat caveat) {

    /** Reads a switch's value; throws {@code Values.BadValueException} or {@link ArgumentException}. */
    interface Handler {
        Action handle(SwitchArg arg);
    }

    /** The effect of one switch on the options being built. */
    interface Action {
        void apply(ParseState state);
    }

    /** A switch as given: the raw argument, its value after the colon (or null), the arguments it took. */
    record SwitchArg(String raw, String value, List<String> following) {
    }

    static SwitchDef flag(String name, Group group, String help, Action action) {
        return new SwitchDef(name, Arity.NONE, "", group, help, arg -> action, null);
    }

    static SwitchDef value(String name, String hint, Group group, String help, Handler handler) {
        return new SwitchDef(name, Arity.VALUE, hint, group, help, handler, null);
    }

    static SwitchDef optional(String name, String hint, Group group, String help, Handler handler) {
        return new SwitchDef(name, Arity.OPTIONAL, hint, group, help, handler, null);
    }

    static SwitchDef following(String name, String hint, Group group, String help, Handler handler) {
        return new SwitchDef(name, Arity.FOLLOWING, hint, group, help, handler, null);
    }

    /** The lookup key: the name in upper case. */
    String key() {
        return name.toUpperCase(Locale.ROOT);
    }

    /** How help shows it: {@code /S}, {@code /R:n}, {@code /MT[:n]}, {@code /XF file...}. */
    String usage() {
        return switch (arity) {
            case NONE -> name;
            case VALUE -> name + ":" + hint;
            case OPTIONAL -> name + "[:" + hint + "]";
            case FOLLOWING -> name + " " + hint;
        };
    }
}
