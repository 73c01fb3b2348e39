package dev.syncopate.runstate;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import dev.syncopate.report.JsonWriter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One run of a script, as its history keeps it: one line of JSON.
 *
 * <pre>{@code
 * {"start":"2026-11-20T23:00:01.25+01:00","end":"2026-11-20T23:04:12.5+01:00","seconds":251.25,"exit":1,
 *  "pid":4242,"dryRun":false,"dirs":{"total":9,"copied":1,"failed":0,"extras":0},
 *  "files":{"total":120,"copied":118,"skipped":2,"failed":0,"extras":3},"bytes":{"total":124000000,
 *  "copied":123900000},"note":null}
 * }</pre>
 * (on one line). A run that did not finish has no {@code end}, {@code seconds}, {@code exit} or counts.
 *
 * @param start  when it started, with the offset of the machine's zone then
 * @param end    when it ended, or null
 * @param exit   its exit code, or null when it did not finish
 * @param pid    its process id
 * @param dryRun true for {@code --dry-run}: the counts are what it would have done
 * @param dirs   the Dirs row summed over its sync blocks, or null
 * @param files  the Files row, or null
 * @param bytes  the Bytes row, or null
 * @param note   why it ended as it did, in one line ({@code already running (...)}, a compile error), or null
 */
public record RunRecord(OffsetDateTime start, OffsetDateTime end, Integer exit, long pid, boolean dryRun,
                        Counts dirs, Counts files, Counts bytes, String note) {

    /** A run that ended, with the sum of its blocks' summaries. */
    public static RunRecord ended(Instant start, Instant end, ZoneId zone, int exit, boolean dryRun, Summary totals,
                                  String note) {
        return new RunRecord(at(start, zone), at(end, zone), exit, ProcessHandle.current().pid(), dryRun,
                totals.dirs(), totals.files(), totals.bytes(), note);
    }

    /** The run a stale lock names: killed, or its machine went down, before it could say how it ended. */
    public static RunRecord didNotFinish(LockOwner owner, ZoneId zone) {
        return new RunRecord(at(owner.since(), zone), null, null, owner.pid(), false, null, null, null,
                "did not finish (pid " + owner.pid() + " ended without recording a result)");
    }

    /** How long it ran, or null when it did not finish. */
    public Duration duration() {
        return end == null ? null : Duration.between(start, end);
    }

    /** The note on one line, {@code dry run; } before it for a dry run: as the history shows it. */
    public String shownNote() {
        String shown = note == null ? "" : note.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (dryRun) {
            return shown.isEmpty() ? "dry run" : "dry run; " + shown;
        }
        return shown;
    }

    /** The journal line, without its line end. */
    String json() {
        StringBuilder b = new StringBuilder(320);
        b.append("{\"start\":");
        text(b, start);
        b.append(",\"end\":");
        text(b, end);
        Duration d = duration();
        b.append(",\"seconds\":").append(d == null ? "null" : BigDecimal.valueOf(d.toMillis(), 3)
                .stripTrailingZeros().toPlainString());
        b.append(",\"exit\":").append(exit);
        b.append(",\"pid\":").append(pid);
        b.append(",\"dryRun\":").append(dryRun);
        b.append(",\"dirs\":");
        counts(b, dirs, false);
        b.append(",\"files\":");
        counts(b, files, true);
        b.append(",\"bytes\":");
        if (bytes == null) {
            b.append("null");
        } else {
            b.append("{\"total\":").append(bytes.total()).append(",\"copied\":").append(bytes.copied()).append('}');
        }
        b.append(",\"note\":");
        text(b, note);
        return b.append('}').toString();
    }

    private static void counts(StringBuilder b, Counts c, boolean skipped) {
        if (c == null) {
            b.append("null");
            return;
        }
        b.append("{\"total\":").append(c.total()).append(",\"copied\":").append(c.copied());
        if (skipped) {
            b.append(",\"skipped\":").append(c.skipped());
        }
        b.append(",\"failed\":").append(c.failed()).append(",\"extras\":").append(c.extras()).append('}');
    }

    private static void text(StringBuilder b, OffsetDateTime t) {
        text(b, t == null ? null : iso(t));
    }

    /**
     * {@code 2026-11-20T23:00:01.250+01:00}, always with the seconds (toString() drops ":00"), written by
     * hand: DateTimeFormatter's first use costs a cold JVM some 20 ms, on every run.
     */
    static String iso(OffsetDateTime t) {
        StringBuilder s = new StringBuilder(29).append(t.getYear());
        two(s.append('-'), t.getMonthValue());
        two(s.append('-'), t.getDayOfMonth());
        two(s.append('T'), t.getHour());
        two(s.append(':'), t.getMinute());
        two(s.append(':'), t.getSecond());
        int millis = t.getNano() / 1_000_000;
        if (millis != 0) {
            s.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                    .append((char) ('0' + millis % 10));
        }
        return s.append(t.getOffset()).toString();
    }

    private static void two(StringBuilder s, int n) {
        s.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private static void text(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
        } else {
            JsonWriter.quote(s, b);
        }
    }

    /** Milliseconds are plenty for a run, and keep the line short. */
    private static OffsetDateTime at(Instant t, ZoneId zone) {
        return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MILLIS), zone);
    }
}
