package dev.syncopate.robocopy;

import dev.syncopate.settings.Setting;
import dev.syncopate.settings.Values;
import dev.syncopate.settings.Values.BadValueException;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static dev.syncopate.robocopy.Group.IGNORED;

/**
 * Robocopy's real switches that Syncopate accepts without implementing them, so that existing
 * command lines and job files keep working. Each prints one warning line naming what is ignored:
 * "has no meaning on Linux" for Windows-only machinery (privileges, EFS, SMB, the registry), "is not
 * supported" for what would mean something here but is not done. Their values are still checked, so
 * {@code /RH:x} is as much an error as {@code /R:x}.
 *
 * <p>Two switches are refused instead: {@code /MAXLAD} and {@code /MINLAD} select files by last
 * access. Ignoring a selection switch would copy, and with {@code /MOV} delete, more than was asked
 * for, so they fail with exit 16 until the engine can filter by access time.
 *
 * <pre>{@code
 * CompatSwitches.ALL.get(0).caveat().warning("/B", Platform.LINUX);
 * // "/B (backup mode) has no meaning on Linux and is ignored"
 * }</pre>
 */
final class CompatSwitches {
    private static final Pattern RUN_HOURS = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d-([01]\\d|2[0-4])[0-5]\\d");
    private static final Pattern KMG = Pattern.compile("\\d+[KMG]?", Pattern.CASE_INSENSITIVE);

    private CompatSwitches() {
    }

    static final List<SwitchDef> ALL = List.of(
            windowsOnly("/B", "backup mode"),
            new SwitchDef("/ZB", Arity.NONE, "", IGNORED, "restartable mode; backup-mode fallback ignored",
                    a -> s -> s.set(Setting.RESTARTABLE, true),
                    new Caveat("backup-mode fallback", true, "/Z (restartable mode) is used")),
            windowsOnly("/EFSRAW", "EFS raw mode"),
            unsupported("/SECFIX", "fixing security of skipped files"),
            unsupported("/TIMFIX", "fixing times of skipped files"),
            unsupported("/A+", "attrs", "adding attributes to copied files", CompatSwitches::attributes),
            unsupported("/A-", "attrs", "removing attributes from copied files", CompatSwitches::attributes),
            windowsOnly("/FAT", "8.3 FAT file names"),
            windowsOnly("/256", "turning off long paths"),
            unsupported("/RH", "hhmm-hhmm", "run hours", CompatSwitches::runHours),
            unsupported("/PF", "per-file run hours"),
            windowsOnly("/SJ", "copying junctions as junctions"),
            windowsOnly("/NOOFFLOAD", "turning off copy offload"),
            windowsOnly("/COMPRESS", "SMB network compression"),
            new SwitchDef("/SPARSE", Arity.OPTIONAL, "y|n", IGNORED, "keep the sparse state of files",
                    a -> { yesNo(a.value()); return s -> { }; }, new Caveat("sparse state", false, null)),
            windowsOnly("/NOCLONE", "turning off block cloning"),
            unsupported("/IoMaxSize", "n[kmg]", "I/O size limit", CompatSwitches::kmg),
            unsupported("/IoRate", "n[kmg]", "I/O rate limit", CompatSwitches::kmg),
            unsupported("/Threshold", "n[kmg]", "throttling threshold", CompatSwitches::kmg),
            unsupported("/IM", "including modified files"),
            windowsOnly("/REG", "saving /R and /W in the registry"),
            windowsOnly("/TBD", "waiting for share names"),
            new SwitchDef("/LFSM", Arity.OPTIONAL, "n[kmg]", IGNORED, "low free space mode",
                    a -> { if (a.value() != null) kmg(a.value()); return s -> { }; },
                    new Caveat("low free space mode", false, null)),
            windowsOnly("/UNICODE", "Unicode console output"),
            refused("/MAXLAD", "last-access date filter"),
            refused("/MINLAD", "last-access date filter")
    );

    private static SwitchDef windowsOnly(String name, String what) {
        return new SwitchDef(name, Arity.NONE, "", IGNORED, what, a -> s -> { }, new Caveat(what, true, null));
    }

    private static SwitchDef unsupported(String name, String what) {
        return new SwitchDef(name, Arity.NONE, "", IGNORED, what, a -> s -> { }, new Caveat(what, false, null));
    }

    private static SwitchDef unsupported(String name, String hint, String what, Consumer<String> check) {
        return new SwitchDef(name, Arity.VALUE, hint, IGNORED, what,
                a -> { check.accept(a.value()); return s -> { }; }, new Caveat(what, false, null));
    }

    /** A switch that would change what is selected if ignored: refused, with exit 16. */
    private static SwitchDef refused(String name, String what) {
        return new SwitchDef(name, Arity.VALUE, "n", IGNORED, what + " (refused: not supported yet)",
                a -> { throw new ArgumentException(name + " (" + what + ") is not supported yet"); }, null);
    }

    private static void attributes(String value) {
        Values.attributes(value);
    }

    private static void runHours(String value) {
        if (!RUN_HOURS.matcher(value).matches()) {
            throw new BadValueException("expected run hours as hhmm-hhmm, such as 2200-0600");
        }
    }

    private static void kmg(String value) {
        if (!KMG.matcher(value).matches()) {
            throw new BadValueException("expected a number with an optional k, m or g, such as 64m");
        }
    }

    private static void yesNo(String value) {
        if (value != null && !List.of("Y", "N").contains(value.toUpperCase(Locale.ROOT))) {
            throw new BadValueException("expected y or n");
        }
    }
}
