package dev.syncopate.secret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Where a password comes from besides the script text: the first line of a private file, or the
 * first line a command prints ({@code pass show nas}).
 *
 * <pre>{@code
 * String pw = CredentialSources.fromFile(Path.of("/etc/syncopate/nas.pw"));
 * String pw2 = CredentialSources.fromCommand(List.of("pass", "show", "nas"), Duration.ofSeconds(10));
 * }</pre>
 *
 * Failures throw {@link CredentialException} with one line that never holds the password or
 * the command's output, which could be the password.
 */
public final class CredentialSources {
    private static final Set<PosixFilePermission> OTHERS_READ = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);
    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    private CredentialSources() {
    }

    /**
     * The first line of {@code file}. On POSIX file systems a file that group or others may read
     * or write is refused, as ssh refuses a private key: the password is only as private as it.
     */
    public static String fromFile(Path file) {
        try {
            requirePrivate(file, "passwordFile");
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = r.readLine();
                if (line == null || line.isEmpty()) {
                    throw new CredentialException("passwordFile " + file + " is empty");
                }
                return line;
            }
        } catch (NoSuchFileException e) {
            throw new CredentialException("passwordFile " + file + " does not exist");
        } catch (IOException e) {
            throw new CredentialException("passwordFile " + file + " could not be read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Refuses a file that group or others may read or write, on file systems with POSIX permissions, as
     * ssh refuses a private key: what it holds is only as private as the file. {@code what} names it in
     * the message: {@code passwordFile /etc/nas.pw is readable by others (mode 0644); run: chmod 600 ...}.
     *
     * @throws CredentialException when the file is not private
     * @throws IOException         when its permissions cannot be read (a missing file: NoSuchFileException)
     */
    public static void requirePrivate(Path file, String what) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        String how = perms.stream().anyMatch(OTHERS_READ::contains) ? "readable"
                : perms.stream().anyMatch(OTHERS_WRITE::contains) ? "writable" : null;
        if (how != null) {
            throw new CredentialException(String.format("%s %s is %s by others (mode %s); run: chmod 600 %s",
                    what, file, how, mode(perms), file));
        }
    }

    /** The permissions as four octal digits, {@code 0644}. */
    static String mode(Set<PosixFilePermission> perms) {
        int bits = 0;
        for (PosixFilePermission p : perms) {
            bits |= 1 << (8 - p.ordinal());   // OWNER_READ is ordinal 0, bit 0400
        }
        return String.format("%04o", bits);
    }

    /**
     * The first line {@code argv} prints on stdout. Stdin is closed and stderr discarded. A
     * command that fails, prints nothing or outlives {@code timeout} (it is killed, descendants
     * too) is an error naming the command, never showing what it printed.
     */
    public static String fromCommand(List<String> argv, Duration timeout) {
        String name = "passwordCommand '" + String.join(" ", argv) + "'";
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new CredentialException(name + " could not be started: " + startFailure(e));
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> firstLine(p.getInputStream()));
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new CredentialException(name + " timed out after " + seconds(timeout));
            }
            if (p.exitValue() != 0) {
                throw new CredentialException(name + " failed with exit code " + p.exitValue());
            }
            String line = first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || line.isEmpty()) {
                throw new CredentialException(name + " printed nothing");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new CredentialException(name + " was interrupted");
        } catch (CredentialException e) {
            throw e;
        } catch (Exception e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new CredentialException(name + " could not be read");
        }
    }

    private static String firstLine(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while (r.readLine() != null) {
                // drain, so the command never blocks on a full pipe
            }
            return line;
        } catch (IOException e) {
            return null;
        }
    }

    /** "not found" or "permission denied" from the JDK's "Cannot run program ..." message. */
    static String startFailure(IOException e) {
        // "error=2, No such file..." before JDK 22, "Exec failed, error: 2 (No such file...)" since
        String m = String.valueOf(e.getMessage());
        if (m.matches("(?s).*error(=|: )2\\b.*")) {
            return "not found";
        }
        if (m.matches("(?s).*error(=|: )13\\b.*")) {
            return "permission denied";
        }
        return e.getClass().getSimpleName();
    }

    /** {@code 10s}, or {@code 500ms} below a second or when not whole seconds. */
    public static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
