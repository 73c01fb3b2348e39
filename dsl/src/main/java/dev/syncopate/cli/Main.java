package dev.syncopate.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * The {@code syncopate} launcher's entry point.
 *
 * <pre>{@code
 * int code = Main.execute(new String[] {"robocopy", "src", "dst", "/MIR"}, System.out, System.err);
 * }</pre>
 *
 * <p>Only {@link #main} calls {@code System.exit}; everything else returns the code, so tests run
 * commands in-process with captured streams.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // picocli looks for Groovy closures in annotations, which loads Groovy's runtime (~160 ms)
        // even for `robocopy` and `--version`; Syncopate's annotations hold none.
        System.setProperty("picocli.disable.closures", "true");
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("check"))) {
            dev.syncopate.dsl.Warmup.start();
        }
        if (Boolean.getBoolean("syncopate.cds.training")) {
            // The launcher records its class-data-sharing archive from this run: load the DSL too.
            dev.syncopate.dsl.Training.warmUp();
        }
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs one command line against the real platform and engine; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, Environment.system(out, err));
    }

    /** Runs one command line in the given environment; returns the exit code. */
    public static int execute(String[] args, Environment env) {
        CommandLine cl = commandLine(env);
        // Read before parsing, so that a parse error can show its trace too.
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        cl.setExecutionExceptionHandler((e, c, parsed) -> Errors.report(e, env.err(), stacktrace));
        cl.setParameterExceptionHandler((e, a) -> Errors.report(e, env.err(), stacktrace));
        int code = cl.execute(args);
        env.out().flush();
        return code;
    }

    static CommandLine commandLine(Environment env) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == RobocopyCommand.class) {
                    return cls.cast(new RobocopyCommand(env));
                }
                if (cls == RunCommand.class) {
                    return cls.cast(new RunCommand(env));
                }
                if (cls == CheckCommand.class) {
                    return cls.cast(new CheckCommand(env));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = new CommandLine(new SyncopateCommand(), factory);
        cl.setOut(new PrintWriter(env.out(), true));
        cl.setErr(new PrintWriter(env.err(), true));
        // Robocopy file patterns and paths may start with @; never read them as argument files.
        cl.setExpandAtFiles(false);
        RobocopyCommand.configure(cl.getSubcommands().get("robocopy"));
        return cl;
    }
}
