package dev.syncopate.execute;

import java.io.IOException;

/**
 * How one regular file is copied, once (the caller retries). {@link FileCopier} is the JDK's way;
 * another implementation can use other system calls without the rest of the execute stage knowing.
 *
 * <pre>{@code
 * Copier copier = new FileCopier();
 * CopyResult r = copier.copy(CopyRequest.of(src, dst, size, mtimeNanos));
 * }</pre>
 *
 * <p>The contract is {@link FileCopier}'s: the data goes to {@link CopyRequest#temp()} and is
 * renamed over the target only when complete, with its metadata set; on failure the target is
 * unchanged. Implementations are shared by all copy workers, so they must be thread-safe.
 */
@FunctionalInterface
public interface Copier {
    /** @throws IOException whatever failed; the target is unchanged */
    CopyResult copy(CopyRequest request) throws IOException;
}
