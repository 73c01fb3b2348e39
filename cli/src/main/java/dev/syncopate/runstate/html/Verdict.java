package dev.syncopate.runstate.html;

import dev.syncopate.runstate.RunRecord;

/**
 * How a run ended, as the history page colours it: by Robocopy's verdict on its exit code, or not at
 * all when it did not finish (killed, or its machine went down).
 *
 * <pre>{@code
 * Verdict.of(run).cssClass();   // "success", "failure" or "unfinished"
 * }</pre>
 */
enum Verdict {
    /** Exit code 0 to 7. */
    SUCCESS("success", "#2e7d32"),
    /** Exit code 8 and up. */
    FAILURE("failure", "#c62828"),
    /** No exit code: the run did not record how it ended. */
    UNFINISHED("unfinished", "#ef6c00");

    private final String cssClass;
    private final String colour;

    Verdict(String cssClass, String colour) {
        this.cssClass = cssClass;
        this.colour = colour;
    }

    static Verdict of(RunRecord r) {
        if (r.exit() == null) {
            return UNFINISHED;
        }
        return r.exit() >= 0 && r.exit() < 8 ? SUCCESS : FAILURE;
    }

    String cssClass() {
        return cssClass;
    }

    /** The colour of its bars and exit codes; also in the legend, so a screenshot can be read without CSS. */
    String colour() {
        return colour;
    }
}
