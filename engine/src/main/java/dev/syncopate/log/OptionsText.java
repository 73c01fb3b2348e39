package dev.syncopate.log;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.Copying;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.Scope;
import dev.syncopate.options.Selection;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Attribute;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The switches of a run in Robocopy's canonical order, as the header's {@code Options :} line
 * echoes them: {@code *.* /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5}.
 *
 * <p>The order is Robocopy's as seen in real logs, not the order the user typed: file patterns,
 * logging switches ({@code /V /TS /FP /BYTES /X /NS /NC /NFL /NDL /NJH /NJS}), {@code /L /TEE},
 * scope ({@code /S /E}), {@code /DCOPY /COPY /SL}, {@code /MOVE|/MOV /PURGE /MIR /CREATE},
 * {@code /Z /J /NP /ETA /LEV /MT /IPG}, class switches ({@code /IS /IT /XL /XX /XO /XN /XC}), links,
 * times, attributes, sizes and ages, Syncopate's own switches, and {@code /R /W} last.
 *
 * <p>Choices where the options cannot tell what was typed:
 * <ul>
 *   <li>{@code /E} plus purge prints {@code /S /E ... /PURGE /MIR}, as Robocopy echoes {@code /MIR};
 *       the two spellings mean the same run.</li>
 *   <li>Wildcard patterns are echoed ({@code *.*} when there are none); plain file names are not,
 *       as Robocopy leaves them to the {@code Files :} line.</li>
 *   <li>{@code /LOG} and {@code /UNILOG} are not echoed (Robocopy does not); {@code /JSON} is.</li>
 * </ul>
 *
 * <pre>{@code
 * OptionsText.of(SyncOptions.builder(src, dst).mirror().build());
 * // "*.* /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5"
 * }</pre>
 */
public final class OptionsText {
    private OptionsText() {
    }

    /** The switches, separated by single spaces, without a trailing space. */
    public static String of(SyncOptions o) {
        List<String> w = new ArrayList<>();
        patterns(o.selection(), w);
        logging(o.log(), o.listOnly(), w);
        copying(o.scope(), o.copying(), w);
        performance(o, w);
        selection(o.selection(), w);
        beyond(o, w);
        w.add("/R:" + o.retries());
        w.add("/W:" + o.waitTime().toSeconds());
        return String.join(" ", w);
    }

    private static void patterns(Selection s, List<String> w) {
        if (s.filePatterns().isEmpty()) {
            w.add("*.*");
            return;
        }
        for (String p : s.filePatterns()) {
            if (p.indexOf('*') >= 0 || p.indexOf('?') >= 0) {
                w.add(p);
            }
        }
    }

    private static void logging(LogOptions l, boolean listOnly, List<String> w) {
        flag(w, l.verbose(), "/V");
        flag(w, l.timestamps(), "/TS");
        flag(w, l.fullPaths(), "/FP");
        flag(w, l.bytes(), "/BYTES");
        flag(w, l.reportExtra(), "/X");
        flag(w, l.noSize(), "/NS");
        flag(w, l.noClass(), "/NC");
        flag(w, l.noFileList(), "/NFL");
        flag(w, l.noDirList(), "/NDL");
        flag(w, l.noHeader(), "/NJH");
        flag(w, l.noSummary(), "/NJS");
        flag(w, listOnly, "/L");
        flag(w, l.tee(), "/TEE");
    }

    private static void copying(Scope s, Copying c, List<String> w) {
        flag(w, s.recurse(), "/S");
        flag(w, s.recurse() && s.emptyDirs(), "/E");
        String dirs = c.dirs().letters();
        w.add(dirs.isEmpty() ? "/NODCOPY" : "/DCOPY:" + dirs);
        if (c.files().equals(CopyFlags.ALL)) {
            w.add("/COPYALL");
        } else {
            String files = c.files().letters();
            w.add(files.isEmpty() ? "/NOCOPY" : "/COPY:" + files);
        }
        flag(w, c.copyLinks(), "/SL");
        if (s.moveDirs()) {
            w.add("/MOVE");
        } else {
            flag(w, s.moveFiles(), "/MOV");
        }
        flag(w, s.purge(), "/PURGE");
        flag(w, s.purge() && s.recurse() && s.emptyDirs(), "/MIR");
        flag(w, s.create(), "/CREATE");
        flag(w, c.restartable(), "/Z");
        flag(w, c.unbuffered(), "/J");
    }

    private static void performance(SyncOptions o, List<String> w) {
        flag(w, o.log().noProgress(), "/NP");
        flag(w, o.log().eta(), "/ETA");
        flag(w, o.scope().levels() > 0, "/LEV:" + o.scope().levels());
        flag(w, o.threads() > 1, "/MT:" + o.threads());
        Duration gap = o.copying().bandwidth().packetGap();
        flag(w, !gap.isZero(), "/IPG:" + gap.toMillis());
    }

    private static void selection(Selection s, List<String> w) {
        flag(w, s.includeSame(), "/IS");
        flag(w, s.includeTweaked(), "/IT");
        flag(w, s.excludeLonely(), "/XL");
        flag(w, s.excludeExtra(), "/XX");
        flag(w, s.excludeOlder(), "/XO");
        flag(w, s.excludeNewer(), "/XN");
        flag(w, s.excludeChanged(), "/XC");
        if (s.excludeDirLinks() && s.excludeFileLinks()) {
            w.add("/XJ");
        } else {
            flag(w, s.excludeDirLinks(), "/XJD");
            flag(w, s.excludeFileLinks(), "/XJF");
        }
        flag(w, s.fatTimes(), "/FFT");
        flag(w, s.dstTolerance(), "/DST");
        if (s.resetArchive()) {
            w.add("/M");
        } else {
            flag(w, s.archiveOnly(), "/A");
        }
        flag(w, s.includeAttributes() != 0, "/IA:" + Attribute.letters(s.includeAttributes()));
        flag(w, s.excludeAttributes() != 0, "/XA:" + Attribute.letters(s.excludeAttributes()));
        flag(w, s.maxSize() >= 0, "/MAX:" + s.maxSize());
        flag(w, s.minSize() >= 0, "/MIN:" + s.minSize());
        if (s.maxAge() != null) {
            w.add("/MAXAGE:" + s.maxAge().text());
        }
        if (s.minAge() != null) {
            w.add("/MINAGE:" + s.minAge().text());
        }
    }

    private static void beyond(SyncOptions o, List<String> w) {
        flag(w, o.selection().checksum(), "/CHECKSUM");
        flag(w, o.copying().verify(), "/VERIFY");
        long rate = o.copying().bandwidth().bytesPerSecond();
        flag(w, rate > 0, "/BWLIMIT:" + rate);   // in bytes, which reads back as the same rate
        flag(w, o.maxDelete() >= 0, "/MAXDEL:" + o.maxDelete());
        flag(w, o.allowEmptySource(), "/ALLOWEMPTYSOURCE");
        if (o.copying().backupDir() != null) {
            w.add("/BACKUPDIR:" + quoted(o.copying().backupDir()));
        }
        if (o.log().jsonReport() != null) {
            w.add("/JSON:" + quoted(o.log().jsonReport()));
        }
    }

    private static void flag(List<String> w, boolean on, String text) {
        if (on) {
            w.add(text);
        }
    }

    /** Quotes a path with blanks so the echoed line can be pasted back into a command. */
    private static String quoted(Path p) {
        String s = p.toString();
        return s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0 ? '"' + s + '"' : s;
    }
}
