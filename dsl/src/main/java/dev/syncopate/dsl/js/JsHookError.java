package dev.syncopate.dsl.js;

/**
 * A JavaScript hook that threw, broke the sandbox's rules or could not be compiled, located in its
 * own source: {@code check.js:2} for a file, the script line for an inline source.
 *
 * <pre>{@code
 * catch (JsHookError e) { log(e.location() + ": " + e.detail()); }   // check.js:2: TypeError: ...
 * }</pre>
 */
public final class JsHookError extends RuntimeException {
    private final String location;
    private final String detail;

    JsHookError(String location, String detail, Throwable cause) {
        super(location + ": " + detail, cause);
        this.location = location;
        this.detail = detail;
    }

    /** {@code name:line}, e.g. {@code check.js:2}. */
    public String location() {
        return location;
    }

    /** What went wrong, e.g. {@code TypeError: Cannot read property 'x' of undefined}. */
    public String detail() {
        return detail;
    }
}
