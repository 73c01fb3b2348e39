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
        args = windowsArguments(args);
        // picocli looks for Groovy closures in annotations, which loads Groovy's runtime (~160 ms)
        // even for `robocopy` and `--version`; Syncopate's annotations hold none.
        System.setProperty("picocli.disable.closures", "true");
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("check"))) {
            dev.syncopate.dsl.Warmup.start();
        }
        if (Boolean.getBoolean("syncopate.cds.training")) {
            // The launcher records its class-data-sharing archive from this run: load the DSL too.
            dev.syncopate.dsl.Training.warmUp();
            trainRobocopy();
            trainRemote();
            trainRun();
        }
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * On Windows the wrappers pass the raw command line in the environment variable that
     * {@code syncopate.cmdline.env} names, because {@code java.exe} expands unquoted wildcards in
     * {@code args}; split that instead. Elsewhere the property is not set and {@code args} stand.
     */
    static String[] windowsArguments(String[] args) {
        String variable = System.getProperty("syncopate.cmdline.env");
        String raw = variable == null || variable.isBlank() ? null : System.getenv(variable);
        return raw == null ? args : WindowsCommandLine.split(raw);
    }

    /**
     * Part of the class-data-sharing training run: a real {@code robocopy} mirror on temporary
     * folders, so the switch parser, the engine and the log writer are in the archive too. Never
     * fails the run it is part of.
     */
    private static void trainRobocopy() {
        java.nio.file.Path root = null;
        try {
            root = java.nio.file.Files.createTempDirectory("syncopate-training-robocopy");
            java.nio.file.Path src = java.nio.file.Files.createDirectories(root.resolve("src/sub"));
            java.nio.file.Files.writeString(src.resolve("a.txt"), "a");
            java.nio.file.Files.createDirectories(root.resolve("dst/extra"));
            PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
            execute(new String[] {"robocopy", root.resolve("src").toString(), root.resolve("dst").toString(),
                    "/MIR", "/XF", "*.tmp", "/XD", "cache", "/R:0", "/W:0", "/MT:2", "/NP",
                    "/JSON:" + root.resolve("report.json")}, nowhere, nowhere);
        } catch (java.io.IOException | RuntimeException e) {
            // training only makes later starts faster
        } finally {
            dev.syncopate.dsl.Training.deleteTree(root);
        }
    }

    /**
     * Part of the class-data-sharing training run: a copy to an SFTP server on 127.0.0.1 and a no-op
     * mirror of it, through the real client, so remote runs start with its classes loaded (see
     * {@link dev.syncopate.remote.sftp.TrainingServer}). Never fails the run it is part of.
     */
    private static void trainRemote() {
        java.nio.file.Path root = null;
        try {
            root = java.nio.file.Files.createTempDirectory("syncopate-training-sftp");
            java.nio.file.Path served = java.nio.file.Files.createDirectories(root.resolve("served"));
            java.nio.file.Path src = java.nio.file.Files.createDirectories(root.resolve("src/sub"));
            java.nio.file.Files.writeString(src.resolve("a.txt"), "a");
            java.nio.file.Files.write(src.resolve("b.bin"), new byte[200_000]);
            try (dev.syncopate.remote.sftp.TrainingServer server =
                         dev.syncopate.remote.sftp.TrainingServer.start(served, root.resolve("id_ed25519"))) {
                java.nio.file.Path creds = java.nio.file.Files.createFile(root.resolve("credentials.yaml"),
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                java.nio.file.Files.writeString(creds, "training:\n  user: training\n  privateKey: '"
                        + root.resolve("id_ed25519") + "'\n  knownHosts: '" + root.resolve("known_hosts")
                        + "'\n  hostKey: '" + server.fingerprint() + "'\n");
                PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
                String[] args = {"robocopy", root.resolve("src").toString(),
                        "sftp://training@127.0.0.1:" + server.port() + "/dst", "/MIR", "/R:0", "/W:0", "/MT:2", "/NP",
                        "/CRED:training", "/CREDFILE:" + creds};
                execute(args, nowhere, nowhere);   // copies
                execute(args, nowhere, nowhere);   // nothing to do: listing and compare
            }
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            // training only makes later starts faster
        } finally {
            dev.syncopate.dsl.Training.deleteTree(root);
        }
    }

    /**
     * Part of the class-data-sharing training run: {@code run} as a scheduler calls it, with its
     * timeout, lock and history, so those classes (ours and the JDK's file locks) are in the
     * archive too. A temporary state folder, no script cache; never fails the run it is part of.
     */
    private static void trainRun() {
        java.nio.file.Path root = null;
        String cache = System.getProperty("syncopate.scriptCache");
        try {
            root = java.nio.file.Files.createTempDirectory("syncopate-training-run");
            java.nio.file.Path script = java.nio.file.Files.writeString(root.resolve("t.sync.groovy"), "println 't'\n");
            PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
            System.setProperty("syncopate.scriptCache", "off");
            execute(new String[] {"run", "--timeout", "1h", "--exit-codes", "simple", script.toString()},
                    Environment.system(nowhere, nowhere).withStateDir(root.resolve("state")));
        } catch (java.io.IOException | RuntimeException e) {
            // training only makes later starts faster
        } finally {
            if (cache == null) {
                System.clearProperty("syncopate.scriptCache");
            } else {
                System.setProperty("syncopate.scriptCache", cache);
            }
            dev.syncopate.dsl.Training.deleteTree(root);
        }
    }

    /** Runs one command line against the real platform and engine; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, Environment.system(out, err));
    }

    /** Runs one command line in the given environment; returns the exit code. */
    public static int execute(String[] args, Environment env) {
        // What schedulers run, without picocli's model (RobocopyCommand.plain says why)
        return RobocopyCommand.plain(args) ? RobocopyCommand.direct(args, env) : parsed(args, env);
    }

    /** Runs a command line through picocli: every command, help and option. */
    static int parsed(String[] args, Environment env) {
        CommandLine cl = commandLine(env, args);
        // Read before parsing, so that a parse error can show its trace too.
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        cl.setExecutionExceptionHandler((e, c, parsed) -> Errors.report(e, env.err(), stacktrace));
        cl.setParameterExceptionHandler((e, a) -> Errors.report(e, env.err(), stacktrace));
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable e) {
            // picocli hands only Exceptions to the handler; an Error (out of memory) would reach the JVM,
            // which prints its trace and exits 1, a code that reads as "files copied".
            code = Errors.report(e, env.err(), stacktrace);
        }
        env.out().flush();
        return code;
    }

    /** The subcommands in the order {@code --help} lists them. */
    static final java.util.Map<String, java.util.function.Function<Environment, Object>> COMMANDS =
            new java.util.LinkedHashMap<>();

    static {
        COMMANDS.put("robocopy", RobocopyCommand::new);
        COMMANDS.put("run", RunCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("schedule", ScheduleCommand::new);
        COMMANDS.put("history", HistoryCommand::new);
    }

    /**
     * The command line for {@code args}. picocli reads every subcommand's annotations when it is
     * added, about 30 ms for one with many options on a cold JVM; a command line that names its
     * subcommand first (what schedulers run) gets only that one, {@code --version} none. Help,
     * mistakes and options first get them all, for the listing and for "did you mean".
     */
    static CommandLine commandLine(Environment env, String[] args) {
        String first = args.length == 0 ? null : args[0];
        CommandLine cl = new CommandLine(new SyncopateCommand());
        boolean version = "--version".equals(first) || "-V".equals(first);
        COMMANDS.forEach((name, command) -> {
            if (!version && (!COMMANDS.containsKey(first) || name.equals(first))) {
                // As a CommandLine, not a bare object: picocli applies a command's modelTransformer only then.
                cl.addSubcommand(name, new CommandLine(command.apply(env)));
            }
        });
        // Set after the subcommands are added: picocli passes these settings down only to those it has.
        cl.setOut(new PrintWriter(env.out(), true));
        cl.setErr(new PrintWriter(env.err(), true));
        cl.setHelpFactory(HelpLayout::new);
        cl.setUsageHelpWidth(HelpLayout.WIDTH);
        // Robocopy file patterns and paths may start with @; never read them as argument files.
        cl.setExpandAtFiles(false);
        if (cl.getSubcommands().containsKey("robocopy")) {
            RobocopyCommand.configure(cl.getSubcommands().get("robocopy"));
        }
        return cl;
    }
}
