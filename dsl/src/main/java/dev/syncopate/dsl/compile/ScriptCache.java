package dev.syncopate.dsl.compile;

import groovy.lang.GroovySystem;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiled scripts on disk, so a run whose script has not changed never starts the Groovy compiler
 * (most of a cold start). One file per script version in {@code ${XDG_CACHE_HOME:-~/.cache}/syncopate/scripts/},
 * named by the SHA-256 of everything that shapes the bytecode: the script's text and file name (the class
 * files carry the name for stack traces), Syncopate's and Groovy's versions, the compiler settings and the
 * DSL base class. Written to a temporary file and renamed, so a reader never sees half a file; a cache that
 * cannot be written or read is simply not used.
 *
 * <pre>{@code
 * ScriptCache cache = new ScriptCache(ScriptCache.defaultDir(System::getenv), "0.1.0");
 * CompiledScript c = cache.load("nightly.sync.groovy", text, parentLoader);   // compiles only on a miss
 * }</pre>
 */
public final class ScriptCache {
    private static final String MAGIC = "SYNCOPATE-SCRIPT-CACHE";
    private static final int FORMAT = 1;
    private static final String SUFFIX = ".classes";
    /** Entries unused this long are removed when a new one is written. */
    private static final Duration MAX_AGE = Duration.ofDays(30);

    private final Path dir;
    private final String toolVersion;
    private boolean lastWasHit;

    public ScriptCache(Path dir, String toolVersion) {
        this.dir = dir;
        this.toolVersion = toolVersion;
    }

    /** {@code $XDG_CACHE_HOME/syncopate/scripts}, or {@code ~/.cache/syncopate/scripts}. */
    public static Path defaultDir(Function<String, String> env) {
        String xdg = env.apply("XDG_CACHE_HOME");
        // The XDG spec says to ignore a relative value.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("syncopate").resolve("scripts");
    }

    public Path dir() {
        return dir;
    }

    /** True when the last {@link #load} found its script in the cache (for tests and timing). */
    public boolean lastWasHit() {
        return lastWasHit;
    }

    /** The compiled script, from the cache or freshly compiled (and then stored). */
    public CompiledScript load(String fileName, String text, ClassLoader parent) {
        Path entry = dir.resolve(key(fileName, text, parent) + SUFFIX);
        CompiledScript cached = read(entry);
        lastWasHit = cached != null;
        if (cached != null) {
            touch(entry);
            return cached;
        }
        CompiledScript compiled = ScriptCompiler.compile(fileName, text, parent);
        write(entry, compiled);
        return compiled;
    }

    String key(String fileName, String text, ClassLoader parent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String header = String.join("\0", MAGIC, Integer.toString(FORMAT),
                    Integer.toString(ScriptCompiler.CONFIGURATION_VERSION), toolVersion, GroovySystem.getVersion(),
                    baseClassDigest(parent), fileName, "");
            sha.update(header.getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every JDK has SHA-256
        }
    }

    /** A development build keeps its version number while the base class changes; its bytes tell. */
    private static String baseClassDigest(ClassLoader parent) throws NoSuchAlgorithmException {
        String resource = ScriptCompiler.BASE_CLASS.replace('.', '/') + ".class";
        try (InputStream in = parent.getResourceAsStream(resource)) {
            if (in == null) {
                return "none";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static CompiledScript read(Path entry) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                return null;
            }
            String main = in.readUTF();
            int count = in.readInt();
            Map<String, byte[]> classes = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
            return new CompiledScript(main, classes);
        } catch (IOException | RuntimeException e) {
            return null;   // missing, truncated or foreign: compile instead
        }
    }

    private void write(Path entry, CompiledScript compiled) {
        Path tmp = null;
        try {
            createPrivateDirectories(dir);
            tmp = Files.createTempFile(dir, entry.getFileName().toString(), ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(compiled.mainClass());
                out.writeInt(compiled.classes().size());
                for (Map.Entry<String, byte[]> c : compiled.classes().entrySet()) {
                    out.writeUTF(c.getKey());
                    out.writeInt(c.getValue().length);
                    out.write(c.getValue());
                }
            }
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // Read-only home, full disk, no such directory: run without a cache.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort; prune() removes stale temporary files later
                }
            }
        }
    }

    /** Marks an entry as in use, so {@link #prune} keeps the entry of a script that runs every night. */
    private static void touch(Path entry) {
        try {
            Instant now = Instant.now();
            if (Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
                Files.setLastModifiedTime(entry, FileTime.from(now));
            }
        } catch (IOException e) {
            // a read-only cache still serves
        }
    }

    /** Cached classes are code this user runs: the directory is the user's alone where POSIX allows. */
    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent());
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dir,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another run made it meanwhile
        }
    }

    /** Removes entries of old script versions and temporary files of runs that were killed. */
    private void prune() throws IOException {
        Instant now = Instant.now();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                FileTime t = Files.getLastModifiedTime(p);
                boolean stale = name.endsWith(SUFFIX) && t.toInstant().isBefore(now.minus(MAX_AGE))
                        || name.endsWith(".tmp") && t.toInstant().isBefore(now.minus(Duration.ofDays(1)));
                if (stale) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
