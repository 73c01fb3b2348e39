package dev.syncopate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code syncopate history FILE --html} after real runs (a copy, one in sync, a failure, one killed with
 * SIGKILL so it did not finish), the page rendered by the real headless Chromium (Debian's
 * {@code chromium}): the numbers in its DOM equal the journal's, and its screenshot shows the three
 * verdict colours, not a blank page. A bad {@code --html} path is one line and exit 16.
 */
class HistoryHtmlIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Pattern ROW = Pattern.compile("<tr class=\"run (\\w+)\" data-start=\"([^\"]+)\" data-exit=\"([^\"]*)\""
            + " data-seconds=\"([^\"]*)\" data-bytes-copied=\"([^\"]*)\">(.*?)</tr>");

    @TempDir
    static Path tmp;

    private static Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args).env("SYNCOPATE_STATE_DIR", tmp.resolve("state").toString());
    }

    /** Five runs: copied (1), in sync (0), no source (16), killed (did not finish), in sync (0). */
    @BeforeAll
    static void runs() throws Exception {
        Trees.file(tmp, "src/a.txt", "alpha", T0);
        Trees.file(tmp, "src/sub/b.txt", "beta", T0);
        Trees.file(tmp, "nightly.sync.groovy", "if (params.hang) { new File('started').text = 'yes'; Thread.sleep(600_000) }\n"
                + "sync { from params.source ?: 'src'; to 'dst' }\n");
        syncopate("run", "nightly.sync.groovy").run().assertExit(1);
        syncopate("run", "nightly.sync.groovy").run().assertExit(0);
        syncopate("run", "nightly.sync.groovy", "-P", "source=nosuch").run().assertExit(16);
        Launcher.Running hung = syncopate("run", "nightly.sync.groovy", "-P", "hang=1").start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(tmp.resolve("started")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        hung.kill9();
        hung.await();
        syncopate("run", "nightly.sync.groovy").run().assertExit(0);   // records the killed one as did not finish
    }

    private static List<JsonNode> journal() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> s = Files.list(tmp.resolve("state/runs"))) {
            Path file = s.filter(p -> p.toString().endsWith(".history.jsonl")).findFirst().orElseThrow();
            List<JsonNode> runs = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                runs.add(json.readTree(line));
            }
            return runs;
        }
    }

    private static String cell(String row, String cssClass) {
        Matcher m = Pattern.compile("<td class=\"" + cssClass + "\">([^<]*)</td>").matcher(row);
        assertTrue(m.find(), cssClass + " in " + row);
        return m.group(1);
    }

    @Test
    void thePageChromiumRendersHasTheJournalsNumbersAndIsNotBlank() throws IOException {
        Path chromium = RealTool.require("chromium", "chromium");
        Path page = tmp.resolve("history.html");
        Launcher.Result r = syncopate("history", "nightly.sync.groovy", "--html", "history.html").run().assertExit(0);
        assertEquals("history of 5 runs written to history.html", r.stdout().strip());
        List<String> browser = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("chromium-profile"));

        List<String> dump = new ArrayList<>(browser);
        dump.addAll(List.of("--dump-dom", page.toUri().toString()));
        String dom = RealTool.run(dump, "", 120).output();
        List<JsonNode> journal = journal();
        Matcher row = ROW.matcher(dom);
        List<String> verdicts = new ArrayList<>();
        for (JsonNode run : journal) {
            assertTrue(row.find(), "a row per journal line: " + dom);
            verdicts.add(row.group(1));
            JsonNode exit = run.get("exit");
            assertEquals(exit.isNull() ? "" : exit.asText(), row.group(3));
            assertEquals(exit.isNull() ? "?" : exit.asText(), Pattern.compile("<td class=\"exit \\w+\">([^<]*)</td>")
                    .matcher(row.group(6)).results().findFirst().orElseThrow().group(1));
            assertEquals(run.get("seconds").isNull() ? "" : run.get("seconds").decimalValue().stripTrailingZeros()
                    .toPlainString(), row.group(4));
            assertEquals(run.get("bytes").isNull() ? "" : run.get("bytes").get("copied").asText(), row.group(5));
            assertEquals(run.get("files").isNull() ? "-" : run.get("files").get("copied").asText(),
                    cell(row.group(6), "files-copied"));
        }
        assertFalse(row.find(), "no more rows than runs");
        assertEquals(List.of("success", "success", "failure", "unfinished", "success"), verdicts);
        assertTrue(dom.contains("<span id=\"failure-count\">1</span>") && dom.contains("<span id=\"unfinished-count\">1</span>"),
                dom);
        assertTrue(dom.matches("(?s).*<ul id=\"problems\">.*exit 16.*did not finish \\(pid \\d+ ended without.*</ul>.*"), dom);

        Path png = tmp.resolve("history.png");
        List<String> shot = new ArrayList<>(browser);
        shot.addAll(List.of("--screenshot=" + png, "--window-size=1000,1400", page.toUri().toString()));
        RealTool.run(shot, "", 120);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        int white = 0;
        int[] verdictPixels = new int[3];
        int[][] colours = {{0x2e, 0x7d, 0x32}, {0xc6, 0x28, 0x28}, {0xef, 0x6c, 0x00}};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                white += rgb == 0xffffff ? 1 : 0;
                for (int c = 0; c < 3; c++) {
                    if (near(rgb, colours[c])) {
                        verdictPixels[c]++;
                    }
                }
            }
        }
        int total = image.getWidth() * image.getHeight();
        assertTrue(white < total * 0.97, "not blank: " + white + " of " + total + " pixels white");
        for (int c = 0; c < 3; c++) {
            assertTrue(verdictPixels[c] > 200, "success, failure, did-not-finish colours drawn: "
                    + java.util.Arrays.toString(verdictPixels));
        }
    }

    private static boolean near(int rgb, int[] c) {
        return Math.abs((rgb >> 16 & 0xff) - c[0]) < 8 && Math.abs((rgb >> 8 & 0xff) - c[1]) < 8
                && Math.abs((rgb & 0xff) - c[2]) < 8;
    }

    @Test
    void aBadHtmlPathIsOneLineAndExit16() {
        Launcher.Result r = syncopate("history", "nightly.sync.groovy", "--html", "nosuch/history.html").run().assertExit(16);
        assertEquals("syncopate: --html nosuch/history.html: the folder " + tmp.resolve("nosuch") + " does not exist",
                r.stderr().strip());
        Launcher.Result dir = syncopate("history", "nightly.sync.groovy", "--html", "src").run().assertExit(16);
        assertEquals("syncopate: --html src: a folder, not a file", dir.stderr().strip());
    }
}
