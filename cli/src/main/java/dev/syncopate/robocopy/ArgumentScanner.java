package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;
import dev.syncopate.settings.Values.BadValueException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a {@code robocopy} command line: splits it into positional arguments and
 * switches, checks every switch name and value, and collects the warnings. Nothing is applied yet,
 * so a mistake anywhere stops the command before any file is read or written.
 *
 * <p>An argument starting with {@code /} is a switch when its name part (before any colon) holds no
 * other {@code /}, the rule Robocopy itself documents for Unix shells: {@code /MIR} and {@code /dir}
 * are switches, {@code /srv/data} and {@code //server/share} are paths. So a top-level directory is
 * written {@code /srv/}.
 */
final class ArgumentScanner {

    /** The result of the first pass. */
    record Scan(List<String> positionals, List<SwitchDef.Action> actions, List<String> warnings, String jobName) {
    }

    private final Platform platform;

    ArgumentScanner(Platform platform) {
        this.platform = platform;
    }

    Scan scan(List<String> args) {
        List<String> positionals = new ArrayList<>();
        List<SwitchDef.Action> actions = new ArrayList<>();
        Map<String, String> warnings = new LinkedHashMap<>();   // one line per switch, however often given
        String jobName = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!isSwitch(arg)) {
                positionals.add(positional(arg));
                continue;
            }
            String name = nameOf(arg);
            String value = name.length() < arg.length() ? arg.substring(name.length() + 1) : null;
            SwitchDef def = SwitchTable.find(name).orElseThrow(() -> unknown(name));
            List<String> following = List.of();
            switch (def.arity()) {
                case NONE -> requireNoValue(def, arg, value);
                case VALUE -> {
                    if (value == null) {
                        throw new ArgumentException(def.name() + " needs a value, as in " + def.usage());
                    }
                }
                case OPTIONAL -> { }
                case FOLLOWING -> {
                    requireNoValue(def, arg, value);
                    following = following(args, i + 1, def);
                    i += following.size();
                }
            }
            try {
                actions.add(def.handler().handle(new SwitchDef.SwitchArg(arg, value, following)));
            } catch (BadValueException e) {
                throw new ArgumentException("invalid " + arg + " (" + e.getMessage() + ")");
            }
            if (def.caveat() != null) {
                warnings.putIfAbsent(def.key(), def.caveat().warning(def.name(), platform));
            }
            if (def.key().equals("/JOB")) {
                jobName = value;
            }
        }
        return new Scan(positionals, actions, List.copyOf(warnings.values()), jobName);
    }

    /**
     * Robocopy's rule: a leading {@code /} and no other {@code /} before the value. A lone {@code /} counts,
     * so that it is refused rather than taken for the root directory.
     */
    static boolean isSwitch(String arg) {
        if (arg.isEmpty() || arg.charAt(0) != '/') {
            return false;
        }
        return nameOf(arg).indexOf('/', 1) < 0;
    }

    /** The part before the first colon: {@code /LOG} of {@code /LOG:C:\x.log}. */
    private static String nameOf(String arg) {
        int colon = arg.indexOf(':');
        return colon < 0 ? arg : arg.substring(0, colon);
    }

    /** A source, destination or file pattern; refuses what is clearly a mistyped switch. */
    private static String positional(String arg) {
        if (arg.startsWith("--")) {
            throw new ArgumentException("unknown option " + arg + " (robocopy switches start with /)");
        }
        // -MIR would otherwise become a file pattern and quietly change nothing.
        if (arg.startsWith("-") && SwitchTable.find(nameOf("/" + arg.substring(1))).isPresent()) {
            throw new ArgumentException("unknown option " + arg + " (robocopy switches start with /, as in /"
                    + arg.substring(1) + ")");
        }
        return arg;
    }

    /** What {@code /XF}, {@code /XD} and {@code /IF} take: the arguments up to the next switch. */
    private static List<String> following(List<String> args, int from, SwitchDef def) {
        int end = from;
        while (end < args.size() && !isSwitch(args.get(end))) {
            end++;
        }
        if (end == from) {
            String example = def.name() + " *.tmp";
            throw new ArgumentException(def.name() + " needs at least one name after it, as in " + example);
        }
        return List.copyOf(args.subList(from, end));
    }

    private static void requireNoValue(SwitchDef def, String arg, String value) {
        if (value != null) {
            throw new ArgumentException(def.name() + " takes no value (got " + arg + ")");
        }
    }

    private ArgumentException unknown(String name) {
        if (name.equals("/")) {
            return new ArgumentException("a lone / is no switch (a switch has a name, as in /MIR"
                    + (platform.windows() ? ")" : "; for the root directory write //)"));
        }
        String hint = SwitchTable.suggest(name).map(s -> " (did you mean " + s + "?)")
                // On POSIX a mistyped switch is as likely a top-level directory: say how to write one.
                .orElse(platform.windows() ? "" : " (if it is a directory, write " + name + "/)");
        return new ArgumentException("unknown switch " + name + hint);
    }
}
