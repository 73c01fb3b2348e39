package dev.syncopate.sync;

import dev.syncopate.event.DirStatus;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.Listing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One directory waiting on the walk's stack. Its two listings may be fetched ahead of time on the
 * listing pool, so the walk seldom waits for the disk.
 *
 * @param context     where it is
 * @param status      NEW when the destination lacks it, else EXISTING
 * @param ancestors   file keys of the source directories above it, for link-cycle detection
 * @param source      its own source entry (times and mode for /DCOPY), or null for the root
 */
record DirTask(DirectoryContext context, DirStatus status, KeyChain ancestors, Entry source,
               CompletableFuture<Listings>[] listings) {

    /** Both sides of one directory. */
    record Listings(Listing source, Listing destination) {
    }

    @SuppressWarnings("unchecked")
    static DirTask of(DirectoryContext context, DirStatus status, KeyChain ancestors, Entry source) {
        return new DirTask(context, status, ancestors, source, new CompletableFuture[1]);
    }

    Object sourceKey() {
        return source == null ? null : source.fileKey();
    }

    /** Starts fetching both listings on {@code pool} unless already started. */
    void prefetch(Executor pool, Function<DirTask, Listings> lister) {
        if (listings[0] == null) {
            listings[0] = CompletableFuture.supplyAsync(() -> lister.apply(this), pool);
        }
    }

    Listings await(Function<DirTask, Listings> lister) {
        return listings[0] == null ? lister.apply(this) : listings[0].join();
    }

    /** An immutable chain of file keys from the root down. */
    record KeyChain(Object key, KeyChain parent) {
        static final KeyChain EMPTY = new KeyChain(null, null);

        boolean contains(Object k) {
            for (KeyChain c = this; c != null; c = c.parent) {
                if (k != null && k.equals(c.key)) {
                    return true;
                }
            }
            return false;
        }

        KeyChain with(Object k) {
            return k == null ? this : new KeyChain(k, this);
        }
    }
}
