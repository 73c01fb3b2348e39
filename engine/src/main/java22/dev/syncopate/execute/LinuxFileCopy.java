package dev.syncopate.execute;

import dev.syncopate.fs.NativePaths;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * {@link NativeFileCopy} for Linux on x86-64 and AArch64 (JDK 22+): open the source, create the temp
 * ({@code O_NOFOLLOW}, mode 0666 less the umask, as the JDK creates it), {@code copy_file_range} to
 * the end (asking one byte more than listed, so a file of the listed size takes one call), then
 * {@code fchmod} and {@code futimens} on the open temp, close, and {@code rename} over the target.
 *
 * <p>Any failure closes what is open, removes the temp, and returns null, so the portable copier
 * tries the same file and reports what is wrong in the JDK's words.
 */
final class LinuxFileCopy implements NativeFileCopy {
    private static final long GROWTH_CHUNK = 64L << 20;
    private static final long UTIME_NOW = (1L << 30) - 1;
    private static final Linker LINKER = Linker.nativeLinker();

    private final int readFlags;
    private final int createFlags;
    private final MethodHandle open;
    private final MethodHandle open3;
    private final MethodHandle copyFileRange;
    private final MethodHandle fchmod;
    private final MethodHandle futimens;
    private final MethodHandle close;
    private final MethodHandle rename;
    private final MethodHandle unlink;

    LinuxFileCopy() {
        String arch = System.getProperty("os.arch", "");
        int noFollow = switch (arch) {
            case "amd64", "x86_64" -> 0400000;
            case "aarch64" -> 0100000;
            default -> throw new UnsupportedOperationException("no open flags known for " + arch);
        };
        int cloexec = 02000000;
        readFlags = cloexec;                                    // O_RDONLY
        createFlags = 01 | 0100 | 01000 | noFollow | cloexec;   // O_WRONLY | O_CREAT | O_TRUNC
        SymbolLookup libc = LINKER.defaultLookup();
        ValueLayout i = ValueLayout.JAVA_INT;
        ValueLayout l = ValueLayout.JAVA_LONG;
        ValueLayout a = ValueLayout.ADDRESS;
        open = handle(libc, "open", FunctionDescriptor.of(i, a, i));
        // open(2) is variadic: the mode is its first variadic argument
        open3 = LINKER.downcallHandle(libc.find("open").orElseThrow(), FunctionDescriptor.of(i, a, i, i),
                Linker.Option.firstVariadicArg(2));
        copyFileRange = handle(libc, "copy_file_range", FunctionDescriptor.of(l, i, a, i, a, l, i));
        fchmod = handle(libc, "fchmod", FunctionDescriptor.of(i, i, i));
        futimens = handle(libc, "futimens", FunctionDescriptor.of(i, i, a));
        close = handle(libc, "close", FunctionDescriptor.of(i, i));
        rename = handle(libc, "rename", FunctionDescriptor.of(i, a, a));
        unlink = handle(libc, "unlink", FunctionDescriptor.of(i, a));
    }

    private static MethodHandle handle(SymbolLookup libc, String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(libc.find(name).orElseThrow(), d);
    }

    @Override
    public CopyResult tryCopy(CopyRequest r) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment source = NativePaths.encode(arena, r.source().toString());
            MemorySegment temp = NativePaths.encode(arena, r.temp().toString());
            MemorySegment target = NativePaths.encode(arena, r.target().toString());
            if (source == null || temp == null || target == null) {
                return null;
            }
            int in = (int) open.invokeExact(source, readFlags);
            if (in < 0) {
                return null;
            }
            int out = -1;
            boolean done = false;
            try {
                out = (int) open3.invokeExact(temp, createFlags, 0666);
                if (out < 0) {
                    return null;
                }
                long written = copy(in, out, r.size());
                if (written < 0 || !metadata(out, r, arena)) {
                    return null;
                }
                int closed = (int) close.invokeExact(out);
                out = -1;
                if (closed != 0 || (int) rename.invokeExact(temp, target) != 0) {
                    return null;
                }
                done = true;
                return new CopyResult(written, 0, List.of());
            } finally {
                if (out >= 0) {
                    int ignored = (int) close.invokeExact(out);
                }
                int ignored = (int) close.invokeExact(in);
                if (!done) {
                    int gone = (int) unlink.invokeExact(temp);   // nothing left behind; the portable copy starts afresh
                }
            }
        } catch (Throwable e) {
            throw new IllegalStateException("native file copy failed: " + e, e);
        }
    }

    /** Bytes copied to the source's end, or -1 on an error. */
    private long copy(int in, int out, long expected) throws Throwable {
        long pos = 0;
        while (true) {
            long want = (pos < expected ? expected - pos : GROWTH_CHUNK) + 1;
            long n = (long) copyFileRange.invokeExact(in, MemorySegment.NULL, out, MemorySegment.NULL, want, 0);
            if (n < 0) {
                return -1;   // EXDEV, EINVAL, ENOSPC ...: the portable copier knows what to do or to say
            }
            pos += n;
            if (n == 0 || (n < want && pos >= expected)) {
                return pos;
            }
        }
    }

    /** Mode and times as {@link FileCopier#applyMetadata} sets them on POSIX, on the open temp. */
    private boolean metadata(int fd, CopyRequest r, Arena arena) throws Throwable {
        if ((r.flags().attributes() || r.flags().security()) && r.mode() >= 0
                && (int) fchmod.invokeExact(fd, r.mode() & 07777) != 0) {
            return false;
        }
        if (r.flags().times()) {
            MemorySegment times = arena.allocate(32, 8);
            times.set(ValueLayout.JAVA_LONG, 0, 0);           // access: now, as the portable copy sets it
            times.set(ValueLayout.JAVA_LONG, 8, UTIME_NOW);
            times.set(ValueLayout.JAVA_LONG, 16, Math.floorDiv(r.mtimeNanos(), 1_000_000_000L));
            times.set(ValueLayout.JAVA_LONG, 24, Math.floorMod(r.mtimeNanos(), 1_000_000_000L));
            return (int) futimens.invokeExact(fd, times) == 0;
        }
        return true;
    }
}
