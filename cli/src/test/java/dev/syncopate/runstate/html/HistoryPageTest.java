package dev.syncopate.runstate.html;

import dev.syncopate.event.Counts;
import dev.syncopate.runstate.RunRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the page must be whatever the runs: self-contained, escaped, and each run's numbers exact. */
class HistoryPageTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 20, 23, 0, 1, 250_000_000, ZoneOffset.UTC);
    private static final Counts FILES = new Counts(120, 118, 2, 0, 0, 3);

    private static String page(RunRecord... runs) {
        return HistoryPage.html(Path.of("/etc/syncopate/nightly.sync.groovy"), Path.of("/state/runs/n.jsonl"),
                List.of(runs), ZoneOffset.UTC);
    }

    @Test
    void thePageLoadsNothingFromAnywhere() {
        String html = page(new RunRecord(T0, T0.plusSeconds(251), 1, 1, false, FILES, FILES, FILES, null));
        for (String external : List.of("http:", "https:", "src=", "href=", "@import", "url(", "<script", "<link", "<img")) {
            assertFalse(html.contains(external), external);
        }
        assertTrue(html.contains("<svg id=\"duration-chart\""), html);
        assertTrue(html.contains("<svg id=\"bytes-chart\""), html);
    }

    @Test
    void aNoteIsEscapedAndARowCarriesTheJournalsNumbers() {
        String html = page(
                new RunRecord(T0, T0.plusNanos(251_250_000_000L), 9, 1, false, FILES, FILES, FILES, "<b>&\"x\"</b>"),
                new RunRecord(T0.plusDays(1), null, null, 2, false, null, null, null, "did not finish (pid 2 ended ...)"));
        assertTrue(html.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>&"), html);
        assertTrue(html.contains("<tr class=\"run failure\" data-start=\"2026-11-20T23:00:01.250Z\" data-exit=\"9\""
                + " data-seconds=\"251.25\" data-bytes-copied=\"118\">"), html);
        assertTrue(html.contains("<tr class=\"run unfinished\" data-start=\"2026-11-21T23:00:01.250Z\" data-exit=\"\""
                + " data-seconds=\"\" data-bytes-copied=\"\">"), html);
        assertTrue(html.contains("<td class=\"exit unfinished\">?</td>"), html);
        assertTrue(html.contains("<li class=\"problem unfinished-item\"><b>2026-11-21 23:00:01</b> did not finish:"
                + " did not finish (pid 2 ended ...)</li>"), html);
        assertEquals(2, html.split("<rect class=\"bar ", -1).length - 1 - 2, "two bars in each of the two charts");
    }

    @Test
    void noRunsIsAPageThatSaysSo() {
        String html = page();
        assertTrue(html.contains("<span id=\"run-count\">0</span> runs"), html);
        assertTrue(html.contains("<p id=\"problems\">None in these runs.</p>"), html);
    }
}
