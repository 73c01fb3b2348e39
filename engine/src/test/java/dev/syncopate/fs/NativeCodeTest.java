package dev.syncopate.fs;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A fast path is loaded once a run has done enough work, and what cannot be loaded is simply absent. */
class NativeCodeTest {

    /** Stands in for a fast path: package-private, made through the caller's lookup as the real ones are. */
    static final class Stand implements Supplier<String> {
        Stand() {
        }

        @Override
        public String get() {
            return "loaded";
        }
    }

    @Test
    void loadedOnlyOnceTheThresholdIsReachedThenUsedFromThen() {
        @SuppressWarnings("unchecked")
        NativeCode.Deferred<Supplier<String>> d = new NativeCode.Deferred<>(MethodHandles.lookup(), Stand.class.getName(),
                (Class<Supplier<String>>) (Class<?>) Supplier.class, 3);
        assertNull(d.get(1));
        assertNull(d.get(1), "2 of 3: not loaded yet");
        long deadline = System.nanoTime() + 10_000_000_000L;
        Supplier<String> s = d.get(1);
        while (s == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            s = d.get(0);
        }
        assertEquals("loaded", s == null ? null : s.get());
    }

    @Test
    void switchedOffItIsNeverLoaded() {
        NativeCode.Deferred<Object> d = new NativeCode.Deferred<>(MethodHandles.lookup(), Stand.class.getName(), Object.class,
                Long.MAX_VALUE);
        assertNull(d.get(Long.MAX_VALUE - 1));
        assertNull(d.get(0));
    }

    @Test
    void aClassThatCannotBeLoadedIsNoFastPath() {
        assertNull(new NativeCode.Deferred<>(MethodHandles.lookup(), "dev.syncopate.fs.NoSuchClass", Object.class, 0).get(0));
        assertNull(new NativeCode.Deferred<>(MethodHandles.lookup(), String.class.getName(), Runnable.class, 0).get(0),
                "not the type asked for");
    }
}
