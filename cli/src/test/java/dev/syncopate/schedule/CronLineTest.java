package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Crontab entries: verbatim, quoted for /bin/sh, escaped for cron, and accepted by the real crontab and cron-utils. */
class CronLineTest {
    @TempDir
    Path tmp;

    static Job job(String script, String log, TimeLimit limit, List<String> options) {
        return new Job("n", Path.of("/opt/syncopate/scripts/syncopate"), Path.of(script), Path.of(log), limit, options);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            daily  | 23:00       | /etc/n.sync.groovy          | "# syncopate: /etc/n.sync.groovy — daily at 23:00"                   | "0 23 * * * cd /etc && /opt/syncopate/scripts/syncopate run --timeout 3h55m /etc/n.sync.groovy >> /var/log/n.log 2>&1"
            weekly | mon,thu 6:30 | /etc/n.sync.groovy         | "# syncopate: /etc/n.sync.groovy — weekly on Monday, Thursday at 06:30" | "30 6 * * 1,4 cd /etc && /opt/syncopate/scripts/syncopate run --timeout 3h55m /etc/n.sync.groovy >> /var/log/n.log 2>&1"
            hourly |             | /srv/my jobs/n.sync.groovy  | "# syncopate: /srv/my jobs/n.sync.groovy — hourly, on the hour"      | "0 * * * * cd '/srv/my jobs' && /opt/syncopate/scripts/syncopate run --timeout 3h55m '/srv/my jobs/n.sync.groovy' >> /var/log/n.log 2>&1"
            cron   | */15 9-17 * * mon-fri | /etc/it's 100%.sync.groovy | "# syncopate: /etc/it's 100%.sync.groovy — cron '*/15 9-17 * * mon-fri'" | "*/15 9-17 * * 1-5 cd /etc && /opt/syncopate/scripts/syncopate run --timeout 3h55m '/etc/it'\\''s 100\\%.sync.groovy' >> /var/log/n.log 2>&1"
            """)
    void entriesAreACommentAndOneLine(String kind, String value, String script, String comment, String line) {
        CronLine entry = CronLine.of(WhenTest.when(kind, value), job(script, "/var/log/n.log", TimeLimit.DEFAULT, List.of()));
        assertEquals(comment, entry.comment());
        assertEquals(line, entry.line());
        assertEquals(comment + "\n" + line + "\n", entry.text());
    }

    @Test
    void wordsAreQuotedForShOnlyWhenNeeded() {
        List<List<String>> table = List.of(
                List.of("/plain/path-1_2.x:y,z@a+b=c", "/plain/path-1_2.x:y,z@a+b=c"),
                List.of("with space", "'with space'"),
                List.of("it's", "'it'\\''s'"),
                List.of("$HOME", "'$HOME'"),
                List.of("~/x", "'~/x'"),
                List.of("a;b&c|d>e<f*g?h[i]`j`(k)", "'a;b&c|d>e<f*g?h[i]`j`(k)'"),
                List.of("a\\b\"", "'a\\b\"'"),
                List.of("", "''"));
        for (List<String> row : table) {
            assertEquals(row.get(1), CronLine.shellQuote(row.get(0)), row.get(0));
        }
    }

    /** /bin/sh itself reads every quoted word back unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {"with space", "it's", "$HOME", "~/x", "a;b&c|d>e<f*g?h[i]`j`(k)", "a\\b\\\"", "", "''",
            "100%", "tab\there", "ünïcødé €"})
    void shReadsTheQuotedWordBack(String word) throws IOException {
        ProcessRunner.Result r = ProcessRunner.SYSTEM.run(List.of("sh", "-c", "printf '%s' " + CronLine.shellQuote(word)), "");
        assertEquals(word, r.stdout());
    }

    @Test
    void percentSignsAreEscapedForCron() {
        assertEquals("printf '100\\%' > /tmp/a\\%b", CronLine.cronEscape("printf '100%' > /tmp/a%b"));
    }

    /** Debian's crontab -n and cron-utils both accept every line, however odd its paths. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            daily  | 23:00                 | /etc/n.sync.groovy
            weekly | sun,sat 0:00          | /srv/my jobs/it's 100%.sync.groovy
            hourly |                       | /srv/$HOME/`x`.sync.groovy
            cron   | 5-50/5 1-3 1,15 */2 * | /srv/a;b.sync.groovy
            cron   | 0 3 * * 7             | /srv/a.sync.groovy
            """)
    void realCronAcceptsTheLines(String kind, String value, String script) {
        CronLine entry = CronLine.of(WhenTest.when(kind, value), job(script, "/var/log/my logs/n%.log",
                TimeLimit.parse("1h30m"), List.of("-P", "to=/mnt/usb drive", "--exit-codes", "simple")));
        new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX))
                .parse(String.join(" ", List.of(entry.line().split(" ")).subList(0, 5))).validate();
        CrontabCheck.requireInstalled();
        assertEquals("", CrontabCheck.errors(tmp, "MAILTO=\"\"\n" + entry.text()));
    }
}
