package dev.syncopate.execute;

import java.io.IOException;

/**
 * Copies through the platform's {@link NativeFileCopy} where it applies, and the portable way
 * otherwise or when the fast attempt did not complete: a failure is then met again, and reported,
 * by the portable copier, so the log reads the same on either path.
 *
 * <pre>{@code
 * Copier copier = FastFirstCopier.around(new FileCopier());   // the FileCopier itself where there is no fast path
 * }</pre>
 */
final class FastFirstCopier implements Copier {
    private final NativeFileCopy fast;
    private final Copier portable;

    FastFirstCopier(NativeFileCopy fast, Copier portable) {
        this.fast = fast;
        this.portable = portable;
    }

    /** {@code portable} with the platform's fast copy in front of it, if this JVM has one. */
    static Copier around(Copier portable) {
        NativeFileCopy fast = NativeFileCopy.load();
        return fast == null ? portable : new FastFirstCopier(fast, portable);
    }

    @Override
    public CopyResult copy(CopyRequest request) throws IOException {
        if (NativeFileCopy.handles(request)) {
            CopyResult done = fast.tryCopy(request);
            if (done != null) {
                return done;
            }
        }
        return portable.copy(request);
    }
}
