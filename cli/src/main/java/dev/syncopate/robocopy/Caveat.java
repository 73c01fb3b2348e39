package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;
/**
 * Why a real Robocopy switch is accepted but (partly) ignored, and the warning line that says so.
 *
 * <pre>{@code
 * new Caveat("backup mode", true, null).warning("/B", Platform.LINUX);
 * // "/B (backup mode) has no meaning on Linux and is ignored"
 * new Caveat("backup mode", true, null).warning("/B", Platform.WINDOWS);
 * // "/B (backup mode) is not supported and is ignored"
 * }</pre>
 *
 * @param what        what the ignored part does, in a few words
 * @param windowsOnly true when it only means something on Windows (privileges, EFS, SMB, registry...)
 * @param instead     what is done instead, or null when the switch has no effect at all
 */
record Caveat(String what, boolean windowsOnly, String instead) {

    /** The warning, without the {@code syncopate: warning: } prefix. */
    String warning(String switchName, Platform platform) {
        String why = windowsOnly && !platform.windows()
                ? "has no meaning on " + platform.name()
                : "is not supported";
        String line = switchName + " (" + what + ") " + why + " and is ignored";
        return instead == null ? line : line + "; " + instead;
    }
}
