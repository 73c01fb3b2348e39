package dev.syncopate.execute;

import dev.syncopate.fs.NativeCode;

import java.io.IOException;
import java.util.function.LongFunction;

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
    /** Copies a run makes the portable way before the fast copy is loaded (see {@link NativeCode.Deferred}). */
    static final long FILES_BEFORE_LOADING = 1_000;

    /** Given one more copy it could make, the fast copy to use now, or null. */
    private final LongFunction<NativeFileCopy> fast;
    private final Copier portable;

    /** With {@code fast} from the first copy on (tests). */
    FastFirstCopier(NativeFileCopy fast, Copier portable) {
        this((LongFunction<NativeFileCopy>) copies -> fast, portable);
    }

    private FastFirstCopier(LongFunction<NativeFileCopy> fast, Copier portable) {
        this.fast = fast;
        this.portable = portable;
    }

    /**
     * {@code portable} with the platform's fast copy in front of it once the run has made
     * {@link #FILES_BEFORE_LOADING} copies it could take; {@code portable} itself where there is none.
     */
    static Copier around(Copier portable) {
        if (!NativeCode.enabled()) {
            return portable;
        }
        return new FastFirstCopier(NativeFileCopy.deferred(FILES_BEFORE_LOADING)::get, portable);
    }

    @Override
    public CopyResult copy(CopyRequest request) throws IOException {
        NativeFileCopy now = NativeFileCopy.handles(request) ? fast.apply(1) : null;
        if (now != null) {
            CopyResult done = now.tryCopy(request);
            if (done != null) {
                return done;
            }
        }
        return portable.copy(request);
    }
}
