package dev.syncopate.robocopy;

/** How a switch takes its value. */
enum Arity {
    /** {@code /MIR}: no value; {@code /MIR:x} is an error. */
    NONE,
    /** {@code /R:n}: a value after a colon is required. */
    VALUE,
    /** {@code /MT} or {@code /MT:n}. */
    OPTIONAL,
    /** {@code /XF a b c}: the following arguments up to the next switch. */
    FOLLOWING
}
