package dev.syncopate.cli;

import dev.syncopate.dsl.BlockEngine;
import dev.syncopate.event.Summary;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.platform.Platform;
import dev.syncopate.sync.SyncResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code robocopy} without picocli's model ({@link RobocopyCommand#direct}) does exactly what the
 * command does through picocli: the same exit code, output, errors and engine options.
 */
class RobocopyCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "robocopy a b /MIR;            true",
        "robocopy;                     true",
        "robocopy /JOB:nightly;        true",
        "robocopy a b /?;              false",   // picocli's help
        "robocopy a b -h;              false",
        "robocopy a b --help;          false",
        "robocopy --stacktrace a b;    false",
        "robocopy a b -- /MIR;         false",   // picocli's end of options
        "robocopy a -b;                false",   // anything picocli might read
        "run x.sync.groovy;            false",
        "--version;                    false",
        "Robocopy a b;                 false",   // picocli's own words for a mistyped command
    })
    void plainIsWhatPicocliWouldHandOverUntouched(String line, boolean plain) {
        assertEquals(plain, RobocopyCommand.plain(line.trim().split(" +")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "robocopy SRC DST /MIR /R:0 /W:0",
        "robocopy SRC DST *.txt /E /XF *.tmp /MT:4",
        "robocopy SRC DST /MIRR",                    // unknown switch: 16 and one line
        "robocopy SRC",                              // no destination
        "robocopy",
        "robocopy SRC DST /MIR /QUIT",               // shows the job, runs nothing
        "robocopy SRC DST /CREDFILE:missing.yaml",   // refused before anything runs
    })
    void directAndThroughPicocliGiveTheSameResult(String line) {
        String[] args = line.replace("SRC", dir.resolve("src").toString()).replace("DST", dir.resolve("dst").toString())
                .split(" ");
        Outcome direct = Outcome.of(args, RobocopyCommand::direct);
        Outcome parsed = Outcome.of(args, Main::parsed);
        assertEquals(parsed.toString(), direct.toString());
    }

    private record Outcome(int code, String out, String err, List<String> ran) {
        static Outcome of(String[] args, BiFunction<String[], Environment, Integer> how) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            List<String> ran = new ArrayList<>();
            BlockEngine recording = (SyncOptions o, PrintStream so, PrintStream se) -> {
                ran.add(o.toString());
                return new SyncResult(3, Summary.EMPTY);
            };
            int code = how.apply(args, new Environment(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Platform.LINUX, recording));
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), ran);
        }
    }
}
