package dev.syncopate.sync;

import dev.syncopate.event.SyncEvent;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the log in walk order while copies finish out of order: a queue of slots, each an
 * already-known list of events, a copy still running, or a step (a purge) that must run only
 * after everything before it is done. Only the walk's thread touches it.
 *
 * <p>The queue is bounded: when too many copies are in flight, or too many lines wait behind a
 * slow copy, the walk waits for the oldest, so memory stays flat however large the tree.
 *
 * <pre>{@code
 * OrderedOutput out = new OrderedOutput(sink::emit, 512);
 * out.now(List.of(dirLine));
 * out.later(CompletableFuture.supplyAsync(copyTask, pool));
 * out.step(() -> purge(extras));     // runs after the copy above has finished
 * out.drainAll();
 * }</pre>
 */
final class OrderedOutput {
    private final ArrayDeque<Object> slots = new ArrayDeque<>();
    private final Consumer<List<SyncEvent>> emit;
    private final int maxInFlight;
    /** Slots of any kind: without this bound one stuck copy lets the walk queue the rest of the tree. */
    private final int maxSlots;
    private int inFlight;

    OrderedOutput(Consumer<List<SyncEvent>> emit, int maxInFlight) {
        this.emit = emit;
        this.maxInFlight = maxInFlight;
        this.maxSlots = Math.max(1024, 8 * maxInFlight);
    }

    /** Events known now: emitted at once when nothing is pending before them. */
    void now(List<SyncEvent> events) {
        if (slots.isEmpty()) {
            emit.accept(events);
        } else {
            slots.add(events);
            holdBack();
        }
    }

    void now(SyncEvent event) {
        now(List.of(event));
    }

    /** A running copy; waits for the oldest slot first when the window is full. */
    void later(CompletableFuture<List<SyncEvent>> running) {
        later(running, 1);
    }

    /**
     * A running batch of {@code files} copies, which count as that many against the window: what is in
     * flight stays in memory, so the window is counted in files, not in tasks.
     */
    void later(CompletableFuture<List<SyncEvent>> running, int files) {
        slots.add(new InFlight(running, files));
        inFlight += files;
        while (inFlight > maxInFlight) {
            drainHead();
        }
        holdBack();
        drainReady();
    }

    /** Work that must follow every earlier slot, such as deleting extras after the copies of their directory. */
    void step(Supplier<List<SyncEvent>> work) {
        if (slots.isEmpty()) {
            emit.accept(work.get());
        } else {
            slots.add(work);
            holdBack();
        }
    }

    /** Waits for the oldest slots while too many are queued. */
    private void holdBack() {
        while (slots.size() > maxSlots) {
            drainHead();
        }
    }

    /** Emits finished slots from the head without waiting. */
    void drainReady() {
        while (!slots.isEmpty()) {
            Object head = slots.peek();
            if (head instanceof InFlight f && !f.running().isDone()) {
                return;
            }
            drainHead();
        }
    }

    /** Waits for and emits every slot. */
    void drainAll() {
        while (!slots.isEmpty()) {
            drainHead();
        }
    }

    private record InFlight(CompletableFuture<List<SyncEvent>> running, int files) {
    }

    @SuppressWarnings("unchecked")
    private void drainHead() {
        Object head = slots.poll();
        if (head instanceof InFlight f) {
            inFlight -= f.files();
            emit.accept(f.running().join());
        } else if (head instanceof Supplier<?> s) {
            emit.accept((List<SyncEvent>) s.get());
        } else {
            emit.accept((List<SyncEvent>) head);
        }
    }
}
