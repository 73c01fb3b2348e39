package dev.syncopate.execute;

import dev.syncopate.fs.NativeCode;

import java.nio.file.FileSystems;

/**
 * A faster way to make one plain copy on the default file system: on Linux with JDK 22 or newer
 * ({@code LinuxFileCopy}, FFM), the temp file's mode and times are set on its open descriptor
 * ({@code fchmod}, {@code futimens}) instead of by path, 9 system calls per small file instead of 12.
 * Only for what it does exactly as {@link FileCopier} would: data with or without mode and times, no
 * owner, no {@code /Z}, no {@code /VERIFY}, no {@code /CREATE}. Anything that fails leaves nothing
 * behind (no temp, the target untouched) and returns null: {@link FastFirstCopier} then copies the
 * file the portable way, which reports any real failure in its usual words.
 *
 * <pre>{@code
 * NativeFileCopy fast = NativeFileCopy.deferred(0).get(0);   // null: JDK 21, not Linux, or -Dsyncopate.native=false
 * CopyResult r = fast == null ? null : fast.tryCopy(request);
 * }</pre>
 */
public interface NativeFileCopy {

    /** The copy, or null when it was not done (and nothing was left behind). */
    CopyResult tryCopy(CopyRequest request);

    /** The platform's fast copy, loaded once a run has copied {@code files} files (see {@link NativeCode.Deferred}). */
    static NativeCode.Deferred<NativeFileCopy> deferred(long files) {
        return NativeCode.deferred(java.lang.invoke.MethodHandles.lookup(), CLASS, NativeFileCopy.class, files);
    }

    String CLASS = "dev.syncopate.execute.LinuxFileCopy";

    /** True for a request the fast copy can do as {@link FileCopier} would. */
    static boolean handles(CopyRequest r) {
        return r.flags().data() && !r.flags().owner() && !r.restartable() && !r.verify() && !r.zeroLength()
                && r.source().getFileSystem() == FileSystems.getDefault()
                && r.target().getFileSystem() == FileSystems.getDefault();
    }
}
