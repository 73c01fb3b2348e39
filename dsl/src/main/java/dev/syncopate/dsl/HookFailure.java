package dev.syncopate.dsl;

/**
 * A hook or filter that threw: the engine fails that one file with this message, which names the
 * script line ({@code nightly.sync.groovy:14: no method 'foo()' on String}).
 */
final class HookFailure extends RuntimeException {
    HookFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
