package dev.syncopate.scan;

import dev.syncopate.fs.NativePaths;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link NativeListing} for Linux on x86-64 and AArch64 (JDK 22+): the directory is opened once,
 * read with {@code getdents64} into a 64 KiB buffer, and each regular file (or device, FIFO, socket)
 * is stat'ed with {@code statx} relative to the directory's descriptor, the name passed straight
 * from the buffer. Only the name and the {@link Entry} are allocated per entry.
 *
 * <p>Both structures used are the same on every 64-bit Linux: {@code linux_dirent64} and
 * {@code struct statx} (fixed by the kernel ABI, unlike {@code struct stat}). Only the open flags
 * differ between the two architectures.
 */
final class LinuxListing implements NativeListing {
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final int ENOENT = 2;
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFLNK = 0120000;
    private static final byte DT_DIR = 4;
    private static final byte DT_LNK = 10;
    private static final int BUFFER = 64 * 1024;
    private static final int STATX_SIZE = 256;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MemoryLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;

    private final int openFlags;
    private final MethodHandle open;
    private final MethodHandle getdents64;
    private final MethodHandle statx;
    private final MethodHandle close;

    LinuxListing() {
        String arch = System.getProperty("os.arch", "");
        int directory = switch (arch) {
            case "amd64", "x86_64" -> 0200000;
            case "aarch64" -> 040000;
            default -> throw new UnsupportedOperationException("no open flags known for " + arch);
        };
        openFlags = directory | 02000000;   // O_RDONLY | O_DIRECTORY | O_CLOEXEC
        SymbolLookup libc = LINKER.defaultLookup();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        open = LINKER.downcallHandle(libc.find("open").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
        getdents64 = LINKER.downcallHandle(libc.find("getdents64").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                        ValueLayout.JAVA_LONG), errno);
        statx = LINKER.downcallHandle(libc.find("statx").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS), errno);
        close = LINKER.downcallHandle(libc.find("close").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    @Override
    public List<Entry> list(Path dir, Fallback fallback) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = NativePaths.encode(arena, dir.toString());
            if (path == null) {
                return null;
            }
            MemorySegment state = arena.allocate(CAPTURE);
            int fd = (int) open.invokeExact(state, path, openFlags);
            if (fd < 0) {
                return null;   // absent, denied, not a directory: the portable path says which, in its words
            }
            try {
                return read(fd, arena, state, fallback);
            } finally {
                int ignored = (int) close.invokeExact(fd);
            }
        } catch (IOException e) {
            return null;   // a fallback read failed: the portable listing reports it as it always has
        } catch (Throwable e) {
            throw new IllegalStateException("native directory listing failed: " + e, e);
        }
    }

    private List<Entry> read(int fd, Arena arena, MemorySegment state, Fallback fallback) throws Throwable {
        MemorySegment buf = arena.allocate(BUFFER, 8);
        MemorySegment stx = arena.allocate(STATX_SIZE, 8);
        List<Entry> entries = new ArrayList<>();
        while (true) {
            long n = (long) getdents64.invokeExact(state, fd, buf, (long) BUFFER);
            if (n < 0) {
                return null;
            }
            if (n == 0) {
                return entries;
            }
            for (long off = 0; off < n; ) {
                int reclen = buf.get(U16, off + 16) & 0xffff;
                byte type = buf.get(ValueLayout.JAVA_BYTE, off + 18);
                long nameAt = off + 19;
                off += reclen;
                int len = nameLength(buf, nameAt);
                if (dotOrDotDot(buf, nameAt, len)) {
                    continue;
                }
                String name = decode(buf, nameAt, len);
                if (name == null) {
                    return null;
                }
                if (type == DT_DIR || type == DT_LNK) {
                    add(entries, fallback, name);
                    continue;
                }
                int rc = (int) statx.invokeExact(state, fd, buf.asSlice(nameAt), AT_SYMLINK_NOFOLLOW,
                        STATX_BASIC_STATS, stx);
                if (rc != 0) {
                    if ((int) ERRNO.get(state, 0L) == ENOENT) {
                        continue;   // deleted since the directory was read: not there any more
                    }
                    return null;
                }
                int mode = stx.get(U16, 28) & 0xffff;
                int format = mode & S_IFMT;
                if (format == S_IFDIR || format == S_IFLNK) {
                    add(entries, fallback, name);   // a file system without d_type said "unknown"
                    continue;
                }
                entries.add(entry(name, format == S_IFREG, stx, mode));
            }
        }
    }

    private static void add(List<Entry> entries, Fallback fallback, String name) throws IOException {
        try {
            entries.add(fallback.read(name));
        } catch (java.nio.file.NoSuchFileException vanished) {
            // as in the portable listing: deleted between readdir and stat
        }
    }

    private static Entry entry(String name, boolean regular, MemorySegment stx, int mode) {
        long mtime = AttributeReader.epochNanos(stx.get(U64, 112), stx.get(U32, 120));
        int permissions = mode & 0777;
        return new Entry(name, regular ? EntryType.FILE : EntryType.OTHER, regular ? stx.get(U64, 40) : 0, mtime,
                permissions, AttributeReader.posixAttributes(name, permissions), false, null);
    }

    private static int nameLength(MemorySegment buf, long at) {
        int len = 0;
        while (buf.get(ValueLayout.JAVA_BYTE, at + len) != 0) {
            len++;
        }
        return len;
    }

    private static boolean dotOrDotDot(MemorySegment buf, long at, int len) {
        return buf.get(ValueLayout.JAVA_BYTE, at) == '.'
                && (len == 1 || len == 2 && buf.get(ValueLayout.JAVA_BYTE, at + 1) == '.');
    }

    /** The name as the JDK would read it, or null when its bytes are not valid in the file-name charset. */
    private String decode(MemorySegment buf, long at, int len) {
        byte[] bytes = buf.asSlice(at, len).toArray(ValueLayout.JAVA_BYTE);
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            String s = NativePaths.CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return java.util.Arrays.equals(s.getBytes(NativePaths.CHARSET), bytes) ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
