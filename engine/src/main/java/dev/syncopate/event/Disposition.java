package dev.syncopate.event;

/** What the run did with one file, as counted in the summary table. */
public enum Disposition {
    /** Copied (or, under {@code /L}, would be copied): the Copied column. */
    COPIED,
    /** Not copied because of its class ({@code same}, or {@code /XO /XN /XC /XL}): the Skipped column. */
    SKIPPED,
    /** Left out by name, attribute, size, age, link or user filter: the Skipped column, shown only with /V. */
    EXCLUDED,
    /** A hook said no: the Skipped column, shown with the hook's reason. */
    VETOED,
    /** Failed after its retries: the FAILED column. */
    FAILED,
    /** Only in the destination: the Extras column (deleted when purging). */
    EXTRA,
    /** File on one side, directory on the other: the Mismatch column. */
    MISMATCH
}
