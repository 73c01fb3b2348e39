package dev.syncopate.runstate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A script's run history: a JSON Lines file, one {@link RunRecord} per run as each ends. Each line is
 * appended with one {@code O_APPEND} write, which the kernel never interleaves with another, so even
 * a refused run that does not hold the lock may append. It stays small: past {@value #LIMIT} lines the
 * newest {@value #KEEP} are written to a new file that replaces it.
 *
 * <pre>{@code
 * RunJournal journal = new RunJournal(files.journal());
 * journal.append(record);
 * journal.trim();                           // holding the script's lock
 * List<RunRecord> last = journal.last(10);  // the 10 that started last, in that order
 * }</pre>
 */
public final class RunJournal {
    static final int LIMIT = 1000;
    static final int KEEP = 500;
    /** Fewer bytes than this cannot hold {@value #LIMIT} lines (a line is over 200): no need to count. */
    private static final long SMALL = LIMIT * 100L;

    private final Path file;

    public RunJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends one line, creating the file (and its folders) if need be. */
    public void append(RunRecord r) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // A line torn by a crash (a full disk) must not swallow this one: start on a line of its own.
        String line = (endsMidLine() ? "\n" : "") + r.json() + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            while (bytes.hasRemaining()) {
                out.write(bytes);   // one write for a file on a local disk; the loop is for the odd one
            }
        }
    }

    /**
     * Keeps the newest {@value #KEEP} lines once there are more than {@value #LIMIT}: written to a
     * temporary file and renamed over the journal, so a reader sees the old or the new one, whole. Call
     * it holding the script's lock, or two trims could lose each other's lines.
     */
    public void trim() throws IOException {
        if (!Files.exists(file) || Files.size(file) < SMALL) {
            return;
        }
        List<String> lines = lines();
        if (lines.size() <= LIMIT) {
            return;
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
        try {
            keepPermissions(temp);
            Files.writeString(temp, String.join("\n", lines.subList(lines.size() - KEEP, lines.size())) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The {@code n} runs that started last, in the order they started; lines that are not whole records
     * are skipped. Lines are in the order runs ended: a run refused while another ran ends first.
     */
    public List<RunRecord> last(int n) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<RunRecord> runs = new ArrayList<>();
        for (String line : lines()) {
            RunRecord r = JournalParser.parse(line);
            if (r != null) {
                runs.add(r);
            }
        }
        runs.sort(Comparator.comparing(r -> r.start().toInstant()));   // stable: ties keep the file's order
        return List.copyOf(runs.subList(Math.max(0, runs.size() - n), runs.size()));
    }

    /** The non-blank lines; bytes that are not UTF-8 (a line torn inside a character) become U+FFFD. */
    private List<String> lines() throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private boolean endsMidLine() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            ByteBuffer last = ByteBuffer.allocate(1);
            return size > 0 && in.read(last, size - 1) == 1 && last.get(0) != '\n';
        }
    }

    /** The new file gets the journal's permission bits, not createTempFile's owner-only ones. */
    private void keepPermissions(Path temp) {
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        } catch (IOException | UnsupportedOperationException e) {
            // Windows, or a file system without POSIX bits: the temporary file's own will do
        }
    }

    /** The operating system's words ("Not a directory"), not just the path Java puts in the message. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
