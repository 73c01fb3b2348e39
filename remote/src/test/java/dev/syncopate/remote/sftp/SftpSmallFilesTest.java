package dev.syncopate.remote.sftp;

import dev.syncopate.remote.EngineRun;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.OpenSshServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.syncopate.remote.EngineRun.TO_THE_SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 1,000 files of 1-64 KiB in 20 directories, first copy to a real sshd: the engine with 8 threads
 * against {@code rsync -a -e ssh}, alternated, medians of {@code ROUNDS} (3, or the system property
 * {@code sftp.smallFiles.rounds}). Syncopate's time is open + run + close in this JVM (no JVM start);
 * rsync's is its whole process. Prints the numbers; timing on a shared machine is too noisy to assert,
 * so only the copies' correctness is.
 *
 * <pre>
 * mvn -B -q -o test -pl dsl -am -Dtest=SftpSmallFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class SftpSmallFilesTest {
    private static final int FILES = 1000;
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    Path tmp;

    @Test
    void thousandSmallFilesAgainstRsync() throws Exception {
        Path local = tmp.resolve("src");
        Random sizes = new Random(42);
        for (int i = 0; i < FILES; i++) {
            Trees.randomFile(local.resolve(String.format(Locale.ROOT, "d%02d/f%04d.dat", i % 20, i)),
                    1024 + sizes.nextInt(63 * 1024 + 1), i);
        }
        int rounds = Integer.getInteger("sftp.smallFiles.rounds", 3);
        List<Long> syn = new ArrayList<>();
        List<Long> rsync = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path synDir = ssh.dataDir().resolve("syn-" + round);
            syn.add(syncopate(local, synDir));
            assertEquals(Trees.contents(local, TO_THE_SECOND), Trees.contents(synDir, TO_THE_SECOND));
            Path rsyncDir = ssh.dataDir().resolve("rsync-" + round);
            rsync.add(rsync(local, rsyncDir));
            assertEquals(Trees.contents(local, TO_THE_SECOND), Trees.contents(rsyncDir, TO_THE_SECOND));
        }
        long s = median(syn);
        long r = median(rsync);
        System.out.printf(Locale.ROOT, "sftp %d small files, first copy, medians of %d: Syncopate /MT:8 %.2f s,"
                + " rsync -e ssh %.2f s, ratio %.2f (each: %s / %s ms; of Syncopate's, opening took %s ms)%n",
                FILES, rounds, s / 1e9, r / 1e9, (double) s / r, millis(syn), millis(rsync), millis(opens));
    }

    private final List<Long> opens = new ArrayList<>();

    private long syncopate(Path local, Path target) throws IOException {
        long t0 = System.nanoTime();
        try (RemoteRoot root = new SftpOpener().open(RemoteLocation.parse(ssh.url(target)),
                ssh.keyLogin(null))) {
            opens.add(System.nanoTime() - t0); // connect, key exchange, login, first stat
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root).threads(8));
            assertEquals(1, run.exitCode(), run.log());
            assertEquals(FILES, run.filesCopied(), run.log());
        }
        return System.nanoTime() - t0;
    }

    private static long rsync(Path local, Path target) throws IOException, InterruptedException {
        String sshCommand = "ssh -p " + ssh.port() + " -i " + ssh.privateKey() + " -o UserKnownHostsFile="
                + ssh.knownHosts() + " -o StrictHostKeyChecking=yes -o BatchMode=yes";
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("rsync", "-a", "-e", sshCommand, local + "/",
                ssh.user() + "@127.0.0.1:" + target + "/").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("rsync failed: " + out);
        }
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.valueOf(n / 1_000_000)).toList().toString();
    }
}
