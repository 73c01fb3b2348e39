package dev.syncopate.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A crontab entry for a {@link Job}: a comment naming the script (how {@link CrontabInstaller} finds
 * an earlier entry for it), then the line. Cron runs the line with {@code /bin/sh -c} in the home
 * directory, with a bare PATH and no login shell, so every path is absolute and nothing relies on
 * {@code ~}, {@code $HOME} or a profile; the command first changes to the script's folder, where
 * relative paths in the script point; the run's output is appended to the log file.
 *
 * <pre>{@code
 * CronLine c = CronLine.of(When.daily("23:00"), job);
 * c.comment();   // # syncopate: /etc/nightly.sync.groovy — daily at 23:00
 * c.line();      // 0 23 * * * cd /etc && /opt/syncopate/scripts/syncopate run --timeout 3h55m /etc/nightly.sync.groovy >> /var/log/n.log 2>&1
 * }</pre>
 *
 * @param comment {@code # syncopate: <script> — <when>}
 * @param line    the five fields, then the command
 */
public record CronLine(String comment, String line) {
    /** What needs no quotes for /bin/sh; anything else is single-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    public static CronLine of(When when, Job job) {
        List<String> words = new ArrayList<>(List.of("cd", shellQuote(job.directory().toString()), "&&"));
        words.add(shellQuote(job.launcher().toString()));
        job.runArguments().forEach(a -> words.add(shellQuote(a)));
        String command = String.join(" ", words) + " >> " + shellQuote(job.log().toString()) + " 2>&1";
        return new CronLine(commentFor(job.script()) + when.description(), when.cronText() + " " + cronEscape(command));
    }

    /** The start of the comment line that marks the entry for this script. */
    static String commentFor(Path script) {
        return "# syncopate: " + script + " — ";
    }

    /** Both lines, each ending with a newline (cron ignores a last line without one). */
    public String text() {
        return comment + "\n" + line + "\n";
    }

    /** A word for /bin/sh: as it is when it is plain, else in single quotes with {@code '} as {@code '\''}. */
    static String shellQuote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Cron turns an unescaped {@code %} into a newline (and what follows into stdin); {@code \%} is a {@code %}. */
    static String cronEscape(String command) {
        return command.replace("%", "\\%");
    }
}
