package dev.syncopate.cli;

import dev.syncopate.job.JobFileException;
import dev.syncopate.robocopy.ArgumentException;
import dev.syncopate.settings.DidYouMean;
import dev.syncopate.summary.ExitCode;
import picocli.CommandLine;

import java.io.PrintStream;
import java.util.List;

/**
 * The one place that turns an exception into an exit code and a single stderr line,
 * {@code syncopate: <message>}; the stack trace follows only with {@code --stacktrace}. At 3 a.m.
 * the exit code and that line are the whole user interface, so no other code prints errors.
 *
 * <pre>{@code
 * int code = Errors.report(new ArgumentException("unknown switch /MIRR (did you mean /MIR?)"), err, false);
 * // code 16, err: "syncopate: unknown switch /MIRR (did you mean /MIR?)"
 * }</pre>
 */
final class Errors {
    private Errors() {
    }

    static int report(Throwable e, PrintStream err, boolean stacktrace) {
        err.println("syncopate: " + message(e));
        if (stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return code(e);
    }

    static int code(Throwable e) {
        if (e instanceof ExitException x) {
            return x.code();
        }
        // Everything else (bad arguments, bad job file, a bug) means nothing was done.
        return ExitCode.FATAL;
    }

    static String message(Throwable e) {
        return switch (e) {
            case ExitException x -> x.getMessage();
            case ArgumentException x -> x.getMessage();
            case JobFileException x -> x.getMessage();
            case CommandLine.UnmatchedArgumentException x -> unmatched(x);
            case CommandLine.ParameterException x when notAPair(x) -> x.getArgSpec() instanceof
                    CommandLine.Model.OptionSpec o ? o.longestName() + " " + x.getValue() + ": expected name=value"
                    : x.getMessage();
            case CommandLine.ParameterException x -> x.getMessage();
            default -> "internal error: " + e + " (run with --stacktrace for details)";
        };
    }

    /**
     * {@code -P keep}: picocli's "Value for option option '-P' (name=value) should be in KEY=VALUE format but was
     * keep" says "option" twice; it has no type of its own, so it is told by the option's Map type.
     */
    private static boolean notAPair(CommandLine.ParameterException x) {
        return x.getArgSpec() instanceof CommandLine.Model.OptionSpec o && java.util.Map.class.isAssignableFrom(o.type())
                && x.getValue() != null && !x.getValue().contains("=");
    }

    /** picocli's "Unmatched argument at index 0: 'robocpy'" in plain words, with a suggestion. */
    private static String unmatched(CommandLine.UnmatchedArgumentException x) {
        List<String> args = x.getUnmatched();
        String first = args.isEmpty() ? "" : args.getFirst();
        if (first.startsWith("-")) {
            CommandLine.Model.CommandSpec spec = x.getCommandLine().getCommandSpec();
            String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            String hint = DidYouMean.closest(typed, spec.optionsMap().keySet()).map(o -> " (did you mean " + o + "?)")
                    .orElse(" (see " + spec.qualifiedName() + " --help)");
            return "unknown option " + first + hint;
        }
        List<String> commands = List.copyOf(x.getCommandLine().getSubcommands().keySet());
        String hint = DidYouMean.closest(first, commands).map(c -> " (did you mean '" + c + "'?)")
                .orElse(" (see syncopate --help)");
        return "unknown command '" + first + "'" + hint;
    }
}
