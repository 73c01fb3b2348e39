package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever API a script (or a library it calls) writes the process's stdout and stderr with, the text
 * goes through the secret mask and into the run log, as the script's own {@code println} does.
 */
class StandardStreamsIT {
    private static final String SECRET = "Sup3r-s3cret-pw";

    @TempDir
    Path tmp;

    @Test
    void everyWayOfWritingToStdoutAndStderrIsMaskedAndInTheRunLog() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        Trees.file(tmp, "streams.sync.groovy", """
                credentials { x user: 'u', password: '%s' }
                def pw = credentials.x.password
                class Lib { static void say(String s) { printf('class printf %%s%%n', s) } }
                notify { command 'sh', '-c', 'cp "$SYNCOPATE_LOG" runlog.txt', when: 'always' }
                println "println $pw"
                printf('printf %%s%%n', pw)
                Lib.say(pw)
                System.out.println("System.out.println " + pw)
                System.out.printf('System.out.printf %%s%%n', pw)
                System.err.println("System.err.println " + pw)
                new PrintWriter(System.out, true).println("PrintWriter " + pw)
                System.out.write(("write " + pw + "\\n").getBytes('UTF-8'))
                System.out.print("split " + pw.substring(0, 6)); System.out.flush(); System.out.println(pw.substring(6))
                sync { from 'src'; to 'dst'; afterCopy { f -> System.out.println("hook " + pw) } }
                System.out.print("no newline " + pw)
                """.formatted(SECRET));

        Launcher.Result r = Launcher.syncopateIn(tmp, "run", "streams.sync.groovy").run().assertExit(1);

        List<String> expected = List.of("println ****", "printf ****", "class printf ****", "System.out.println ****",
                "System.out.printf ****", "PrintWriter ****", "write ****", "split ****", "hook ****");
        for (String line : expected) {
            assertTrue(r.stdoutLines().contains(line), line + "\n" + r);
        }
        assertTrue(r.stdout().endsWith("no newline ****"), r.toString());
        assertEquals("System.err.println ****\n", r.stderr(), r.toString());
        String runLog = Trees.read(tmp.resolve("runlog.txt"));
        for (String line : expected) {
            assertTrue(runLog.lines().toList().contains(line), line + "\n" + runLog);
        }
        assertTrue(runLog.contains("System.err.println ****\n"), runLog);
        assertTrue(runLog.contains("no newline ****"), runLog);
        for (String text : List.of(r.stdout(), r.stderr(), runLog)) {
            assertFalse(text.contains(SECRET), text);
        }
    }
}
