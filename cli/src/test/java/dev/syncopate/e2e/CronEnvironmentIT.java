package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher under cron: {@code env -i PATH=/usr/bin:/bin HOME=...}, no JAVA_HOME, no locale, run
 * by absolute path (or through a symlink) from {@code /}. SYNCOPATE_SKIP_BUILD=1 stays set, as for
 * every end-to-end test: they run the distribution this build packaged.
 */
class CronEnvironmentIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    /** Where find-java.sh looks after JAVA_HOME and PATH (cron has no JAVA_HOME). */
    private static final List<String> JDK_ROOTS = List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt");
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    @TempDir
    Path tmp;

    @BeforeAll
    static void aJdk21IsInstalledWhereCronCanFindIt() {
        Assumptions.assumeTrue(jdk21OutsideJavaHome(),
                "no JDK 21+ under " + JDK_ROOTS + ": under cron's environment the launcher could not find one either");
    }

    private Launcher cron(String launcher, String... args) {
        List<String> c = new ArrayList<>(List.of("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + tmp.resolve("home"),
                "SYNCOPATE_SKIP_BUILD=1", launcher));
        c.addAll(List.of(args));
        return Launcher.command(c.toArray(String[]::new)).in(Path.of("/"));
    }

    @Test
    void bareEnvironmentFromTheRootDirectoryGivesTheSameExitCodesAsAShell() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "sub/b.txt", "beta", T0);
        Trees.dir(tmp, "home");

        Launcher.Result shell = Launcher.syncopate("robocopy", src.toString(), tmp.resolve("by-shell").toString(),
                "/E").run();
        Launcher.Result cron = cron(Launcher.SCRIPT.toString(), "robocopy", src.toString(),
                tmp.resolve("by-cron").toString(), "/E").run();

        cron.assertExit(shell.exitCode()).assertExit(1);
        assertEquals("", cron.stderr());
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("by-cron")));
        cron(Launcher.SCRIPT.toString(), "robocopy", src.toString(), tmp.resolve("by-cron").toString(), "/E").run()
                .assertExit(0);
    }

    @Test
    void aSymlinkToTheLauncherWorksInTheBareEnvironment() throws IOException {
        Path link = Files.createSymbolicLink(Trees.dir(tmp, "bin").resolve("syncopate"), Launcher.SCRIPT);
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.dir(tmp, "home");

        Launcher.Result version = cron(link.toString(), "--version").run().assertExit(0);
        assertTrue(version.stdout().startsWith("syncopate "), version.toString());
        cron(link.toString(), "robocopy", src.toString(), tmp.resolve("dst").toString()).run().assertExit(1);
        assertEquals("alpha", Trees.read(tmp.resolve("dst/a.txt")));
    }

    @Test
    void nonAsciiFileNamesSurviveCronsPosixLocale() throws IOException {
        Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "this test JVM cannot name non-ASCII files (run under a UTF-8 locale, as scripts/test does)");
        Path src = Trees.dir(tmp, "src");
        String name = "café – Ünïcödé €.txt";
        Trees.file(src, name, "non-ASCII name", T0);
        Trees.dir(tmp, "home");

        Launcher.Result r = cron(Launcher.SCRIPT.toString(), "robocopy", src.toString(),
                tmp.resolve("dst").toString()).run().assertExit(1);

        assertEquals(List.of(name), names(tmp.resolve("dst")));
        assertTrue(r.stdout().contains(name), r.stdout());
    }

    private static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    /** A JDK 21+ where the launcher looks under cron's bare environment (also used by ScheduleInstallIT). */
    static boolean jdk21OutsideJavaHome() {
        List<Path> jdks = new ArrayList<>();
        for (String java : List.of("/usr/bin/java", "/bin/java")) {   // cron's PATH
            try {
                jdks.add(Path.of(java).toRealPath().getParent().getParent());
            } catch (IOException none) {
                // not installed there
            }
        }
        for (String root : JDK_ROOTS) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(root))) {
                s.forEach(jdks::add);
            } catch (IOException | RuntimeException noRoot) {
                // look at the next
            }
        }
        return jdks.stream().anyMatch(CronEnvironmentIT::isJdk21);
    }

    private static boolean isJdk21(Path jdk) {
        try {
            Matcher m = VERSION.matcher(Files.readString(jdk.resolve("release"), StandardCharsets.ISO_8859_1));
            return Files.isExecutable(jdk.resolve("bin/java")) && m.find() && Integer.parseInt(m.group(1)) >= 21;
        } catch (IOException | RuntimeException notAJdk) {
            return false;
        }
    }
}
