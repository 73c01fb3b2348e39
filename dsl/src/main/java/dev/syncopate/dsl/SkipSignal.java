package dev.syncopate.dsl;

/**
 * {@code skip 'reason'} in a {@code beforeCopy} or {@code beforeDelete} hook: leaves the hook at once and
 * becomes the engine's veto. An {@link Error} so that a hook's own {@code catch (e)} cannot swallow it.
 */
final class SkipSignal extends Error {
    private final String reason;

    SkipSignal(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
