package dev.syncopate.dsl;

import dev.syncopate.remote.Credential;
import dev.syncopate.secret.Secrets;
import dev.syncopate.platform.Platform;
import dev.syncopate.process.ProcessRunner;
import dev.syncopate.event.Summary;
import dev.syncopate.sync.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code netUse}: the exact {@code net use} command lines, and that the mapping is always removed. */
class NetUseTest {
    private static final Credential FS = new Credential("fs", "CORP\\backup", "pw-Very-Secret", null);

    @TempDir
    Path dir;

    /** Records each command and answers from a list of results (exit 0 when the list runs out). */
    private static final class FakeNet implements ProcessRunner {
        final List<List<String>> calls = new ArrayList<>();
        final List<Result> answers = new ArrayList<>();

        @Override
        public Result run(List<String> command, String stdin) {
            calls.add(command);
            return answers.isEmpty() ? new Result(0, "The command completed successfully.\n", "") : answers.removeFirst();
        }
    }

    @Test
    void theCommandLines() {
        String[][] cases = {
                {"Z:", "\\\\fs01\\Backup", "with", "net|use|Z:|\\\\fs01\\Backup|pw-Very-Secret|/user:CORP\\backup|/persistent:no"},
                {"z:", "\\\\fs01\\Backup\\docs", "with", "net|use|Z:|\\\\fs01\\Backup\\docs|pw-Very-Secret|/user:CORP\\backup|/persistent:no"},
                {"Y:", "\\\\fs01.corp.local\\Public", "none", "net|use|Y:|\\\\fs01.corp.local\\Public|/persistent:no"},
                {"X:", "\\\\fs01\\Data", "userOnly", "net|use|X:|\\\\fs01\\Data|/user:backup|/persistent:no"},
        };
        for (String[] c : cases) {
            Credential cred = switch (c[2]) {
                case "with" -> FS;
                case "userOnly" -> new Credential("k", "backup", null, null);
                default -> null;
            };
            assertEquals(List.of(c[3].split("\\|")), NetUse.mapCommand(c[0], c[1], cred), c[0] + " " + c[1]);
        }
        assertEquals(List.of("net", "use", "Z:", "/delete", "/y"), NetUse.deleteCommand("z:"));
    }

    @Test
    void drivesAndSharesAreChecked() {
        for (String bad : new String[] {"Z", "ZZ:", "1:", "Z:\\", "", " :"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> NetUse.mapCommand(bad, "\\\\fs01\\Backup", null), bad);
            assertEquals("netUse: the drive must be a letter and a colon, such as 'Z:', not '" + bad + "'", e.getMessage());
        }
        for (String bad : new String[] {"fs01\\Backup", "\\\\fs01", "\\\\fs01\\", "//fs01/Backup", "smb://fs01/Backup",
                "\\\\fs 01\\Backup"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> NetUse.mapCommand("Z:", bad, null), bad);
            assertEquals("netUse: the share must be written \\\\server\\share, not '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void theMappingIsRemovedAfterTheWorkAndWhenItThrows() {
        FakeNet net = new FakeNet();
        NetUse use = new NetUse(net, new Secrets());
        List<String> warnings = new ArrayList<>();
        assertEquals("done", use.with("Z:", "\\\\fs01\\Backup", FS, () -> "done", warnings::add));
        assertThrows(IllegalStateException.class, () -> use.with("Z:", "\\\\fs01\\Backup", FS, () -> {
            throw new IllegalStateException("the work failed");
        }, warnings::add));
        assertEquals(4, net.calls.size());
        assertEquals(List.of("net", "use", "Z:", "/delete", "/y"), net.calls.get(1));
        assertEquals(List.of("net", "use", "Z:", "/delete", "/y"), net.calls.get(3));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aFailedMappingRunsNoWorkAndShowsNoPassword() {
        Secrets secrets = new Secrets();
        secrets.register(FS.password());
        FakeNet net = new FakeNet();
        net.answers.add(new ProcessRunner.Result(2, "", "System error 86 has occurred (pw-Very-Secret).\r\n\r\n"
                + "The specified network password is not correct.\r\n"));
        boolean[] ran = {false};
        NetUse.Failure e = assertThrows(NetUse.Failure.class, () -> new NetUse(net, secrets).with("Z:",
                "\\\\fs01\\Backup", FS, () -> ran[0] = true, w -> { }));
        assertEquals("net use Z: \\\\fs01\\Backup failed: System error 86 has occurred (****).", e.getMessage());
        assertFalse(ran[0]);
        assertEquals(1, net.calls.size(), "nothing to delete");
    }

    @Test
    void aFailedRemovalIsAWarning() {
        FakeNet net = new FakeNet();
        net.answers.add(new ProcessRunner.Result(0, "ok", ""));
        net.answers.add(new ProcessRunner.Result(2, "The network connection could not be found.\r\n", ""));
        List<String> warnings = new ArrayList<>();
        assertEquals(7, new NetUse(net, new Secrets()).with("Z:", "\\\\fs01\\Backup", null, () -> 7, warnings::add));
        assertEquals(List.of("net use Z: /delete failed: The network connection could not be found."), warnings);
    }

    @Test
    void aMissingNetCommandIsOneLine() {
        ProcessRunner missing = (command, stdin) -> {
            throw new IOException("Cannot run program \"net\": error=2, No such file or directory");
        };
        NetUse.Failure e = assertThrows(NetUse.Failure.class,
                () -> new NetUse(missing, new Secrets()).with("Z:", "\\\\fs01\\Backup", null, () -> 1, w -> { }));
        assertTrue(e.getMessage().startsWith("net use Z: \\\\fs01\\Backup could not be run: "), e.getMessage());
    }

    /** The script word, run as on Windows with a fake {@code net}. */
    private record Script(int code, String out, String err) {
    }

    private Script script(String text, Platform platform, FakeNet net) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunSettings s = RunSettings.defaults(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), (o, so, se) -> new SyncResult(0, Summary.EMPTY))
                .withPlatform(platform).withProcesses(net);
        Path file = ScriptHarness.write(dir, "nightly.sync.groovy", text);
        ScriptRunner.Outcome o = new ScriptRunner(s).run(file);
        String e = err.toString(StandardCharsets.UTF_8) + (o.error() == null ? "" : "syncopate: " + o.error() + NL);
        return new Script(o.exitCode(), out.toString(StandardCharsets.UTF_8), e);
    }

    private static final String SCRIPT = """
            credentials { fs user: 'CORP\\\\backup', password: 'pw-Very-Secret' }
            def r = netUse('Z:', '\\\\\\\\fs01\\\\Backup', credentials: 'fs') {
                println 'mapped'
                42
            }
            println "got $r"
            """;

    @Test
    void onWindowsTheScriptWordMapsRunsAndRemoves() {
        FakeNet net = new FakeNet();
        Script r = script(SCRIPT, Platform.WINDOWS, net);
        assertEquals("", r.err());
        assertEquals("mapped" + NL + "got 42" + NL, r.out());
        assertEquals(0, r.code());
        assertEquals(List.of(List.of("net", "use", "Z:", "\\\\fs01\\Backup", "pw-Very-Secret", "/user:CORP\\backup",
                "/persistent:no"), List.of("net", "use", "Z:", "/delete", "/y")), net.calls);
    }

    @Test
    void onWindowsAThrowingClosureStillRemovesTheMapping() {
        FakeNet net = new FakeNet();
        Script r = script("netUse('Z:', '\\\\\\\\fs01\\\\Backup') { throw new IllegalStateException('boom') }",
                Platform.WINDOWS, net);
        assertEquals(16, r.code());
        assertEquals("syncopate: nightly.sync.groovy:1: boom" + NL, r.err());
        assertEquals(List.of("net", "use", "Z:", "/delete", "/y"), net.calls.getLast());
    }

    @Test
    void onWindowsAFailedMappingIs16AndSkipsTheClosure() {
        FakeNet net = new FakeNet();
        net.answers.add(new ProcessRunner.Result(2, "System error 53 has occurred.\r\n", ""));
        Script r = script(SCRIPT, Platform.WINDOWS, net);
        assertEquals("syncopate: nightly.sync.groovy:2: net use Z: \\\\fs01\\Backup failed: System error 53 has occurred."
                + NL, r.err());
        assertEquals("got null" + NL, r.out());
        assertEquals(16, r.code());
        assertEquals(1, net.calls.size());
    }

    @Test
    void elsewhereItPointsToSmbUrls() {
        FakeNet net = new FakeNet();
        Script r = script(SCRIPT, Platform.LINUX, net);
        assertEquals("syncopate: nightly.sync.groovy:2: netUse maps Windows drive letters; on this system write the share"
                + " as smb://server/share/path with credentials: 'nas'" + NL, r.err());
        assertEquals(16, r.code());
        assertEquals(List.of(), net.calls);
    }
}
