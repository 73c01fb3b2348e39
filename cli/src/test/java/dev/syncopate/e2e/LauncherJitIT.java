package dev.syncopate.e2e;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's JIT: C1 only for local runs (start-up), C2 as well for a run that names an
 * {@code sftp://} location on its command line or in the script or sync file it names, because SSH's
 * cryptography is fast only through C2's intrinsics, and C2 for the JDK's crypto classes alone
 * (every other method's C2 thresholds x100) for one that names {@code smb://}, whose AES-CMAC
 * signing is the only hot code that C2 speeds up. Read back from the JVM itself
 * ({@code -XX:+PrintFlagsFinal}).
 */
class LauncherJitIT {
    private static final Pattern LEVEL = Pattern.compile("TieredStopAtLevel\\s+= (\\d)");

    @TempDir
    Path tmp;

    private static final Pattern TIER4 = Pattern.compile("Tier4InvocationThreshold\\s+= (\\d+)");

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "robocopy | src | dst                              | C1",
            "robocopy | src | sftp://backup@127.0.0.1:1/backup | C2",
            "robocopy | SFTP://127.0.0.1:1/docs | dst          | C2",
            "robocopy | smb://127.0.0.1:1/share/docs | dst     | crypto",
            "robocopy | src | SMB://127.0.0.1:1/share/docs     | crypto",
            "check    | local.sync.groovy |                    | C1",
            "check    | remote.sync.groovy |                   | C2",
            "check    | remote.sync.yaml |                     | C2",
            "check    | smb.sync.groovy |                      | crypto",
    })
    void remoteRunsGetC2(String command, String first, String second, String jit) throws IOException {
        Files.createDirectories(tmp.resolve("src"));
        Files.writeString(tmp.resolve("local.sync.groovy"), "sync { from 'src'; to 'dst' }\n");
        Files.writeString(tmp.resolve("remote.sync.groovy"), "sync { from 'src'; to 'sftp://backup@127.0.0.1:1/b' }\n");
        Files.writeString(tmp.resolve("remote.sync.yaml"), "sync:\n  - from: src\n    to: sftp://127.0.0.1:1/b\n");
        Files.writeString(tmp.resolve("smb.sync.groovy"), "sync { from 'src'; to 'smb://127.0.0.1:1/share/b' }\n");
        String[] args = second == null ? new String[] {command, first} : new String[] {command, first, second, "/L"};
        Launcher.Result r = Launcher.syncopateIn(tmp, args).env("SYNCOPATE_JAVA_OPTS", "-XX:+PrintFlagsFinal").run();
        Matcher m = LEVEL.matcher(r.stdout());
        assertTrue(m.find(), r.stdout());
        assertEquals(jit.equals("C1") ? 1 : 4, Integer.parseInt(m.group(1)), r.stderr());
        Matcher t = TIER4.matcher(r.stdout());
        assertTrue(t.find(), r.stdout());
        assertEquals(jit.equals("crypto") ? 500000 : 5000, Integer.parseInt(t.group(1)));
        assertEquals(jit.equals("C2"), r.stdout().contains("CompileThresholdScaling,com.sun.crypto.provider.*::*,0.02"));
        assertEquals(jit.equals("crypto"),
                r.stdout().contains("CompileThresholdScaling,com.sun.crypto.provider.*::*,0.0002"));
    }
}
