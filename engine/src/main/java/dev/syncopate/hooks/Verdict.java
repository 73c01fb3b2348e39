package dev.syncopate.hooks;

/**
 * A hook's answer: go ahead, or skip with a reason that the log shows.
 *
 * <pre>{@code
 * return f.name().endsWith(".lock") ? Verdict.skip("lock file") : Verdict.PROCEED;
 * }</pre>
 */
public record Verdict(boolean proceed, String reason) {
    public static final Verdict PROCEED = new Verdict(true, null);

    public static Verdict skip(String reason) {
        return new Verdict(false, reason == null || reason.isBlank() ? "skipped by hook" : reason);
    }
}
