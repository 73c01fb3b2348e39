package dev.syncopate.sync;

import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every hook position sees one view of an entry: {@code filter}, {@code beforeCopy},
 * {@code afterCopy} and {@code onError} agree on name, path, target and kind, and the target is
 * the destination entry's own name when the join matched across case or Unicode form.
 */
class HookViewsTest {
    private static final String NFC = Normalizer.normalize("Café.txt", Normalizer.Form.NFC);
    private static final String NFD = Normalizer.normalize("Café.txt", Normalizer.Form.NFD);

    /** Keeps each view with the hook that saw it; names decide which hook throws. */
    private static final class Views implements SyncHooks {
        final List<String> seen = new ArrayList<>();

        private void see(String hook, FileView f) {
            seen.add(hook + " " + describe(f));
        }

        @Override
        public boolean hasFilter() {
            return true;
        }

        @Override
        public boolean accept(FileView f) {
            see("filter", f);
            return true;
        }

        @Override
        public Verdict beforeCopy(FileView f) {
            see("beforeCopy", f);
            if (f.name().startsWith("Boom")) {
                throw new IllegalStateException("no");
            }
            return Verdict.PROCEED;
        }

        @Override
        public void afterCopy(FileView f) {
            see("afterCopy", f);
            if (f.name().startsWith("Fail")) {
                throw new IllegalStateException("no");
            }
        }

        @Override
        public Verdict beforeDelete(FileView f) {
            see("beforeDelete", f);
            return Verdict.PROCEED;
        }

        @Override
        public void onError(FileView f, String message) {
            see("onError", f);
        }

        List<String> of(String hook) {
            return seen.stream().filter(s -> s.startsWith(hook + " ")).map(s -> s.substring(hook.length() + 1)).toList();
        }
    }

    /** name | path | target's file name | kind | source's file name | directory */
    private static String describe(FileView f) {
        return f.name() + " | " + f.path() + " | " + name(f.target()) + " | " + f.kind() + " | " + name(f.source())
                + " | " + f.directory();
    }

    private static String name(Path p) {
        return p == null ? null : p.getFileName().toString();
    }

    @Test
    void aNameMatchedAcrossCaseShowsTheDestinationsNameToFilterBeforeCopyAndAfterCopy() throws Exception {
        try (Harness h = new Harness(Trees.Fs.WINDOWS)) {
            h.source("Report.TXT=new@+5");
            h.destination("report.txt=old");
            Views views = new Views();
            Harness.Run r = h.run(b -> b.hooks(views));
            String expected = "Report.TXT | Report.TXT | report.txt | NEWER | Report.TXT | false";
            assertEquals(List.of(expected), views.of("filter"), r.describe());
            assertEquals(List.of(expected), views.of("beforeCopy"));
            assertEquals(List.of(expected), views.of("afterCopy"));
            assertEquals(List.of("report.txt=new"), h.destinationTree(), "written under the destination's name");
        }
    }

    /** onError after a throwing afterCopy (Fail) and after a throwing beforeCopy (Boom, a failed skip line). */
    @ParameterizedTest(name = "{0} matched to {1}")
    @CsvSource({"Fail.TXT, fail.txt", "Boom.TXT, boom.txt"})
    void onErrorSeesTheSameViewAsBeforeCopy(String source, String destination) throws Exception {
        try (Harness h = new Harness(Trees.Fs.WINDOWS)) {
            h.source(source + "=new@+5");
            h.destination(destination + "=old");
            Views views = new Views();
            Harness.Run r = h.run(b -> b.hooks(views));
            assertEquals(8, r.code(), r.describe());
            assertEquals(List.of(source + " | " + source + " | " + destination + " | NEWER | " + source + " | false"),
                    views.of("onError"));
            assertEquals(views.of("beforeCopy"), views.of("onError"));
            assertEquals(destination, name(r.fileLines().getFirst().target()), "the file line names it the same way");
        }
    }

    @Test
    void beforeDeleteSeesTheExtraByItsOwnNameAndKind() throws Exception {
        try (Harness h = new Harness(Trees.Fs.WINDOWS)) {
            h.source("a=1");
            h.destination("a=1", "Old.LOG=1", "Cache/x=2");
            Views views = new Views();
            Harness.Run r = h.run(b -> b.mirror().hooks(views));
            assertEquals(List.of("Cache | Cache | Cache | EXTRA | null | true",
                    "Old.LOG | Old.LOG | Old.LOG | EXTRA | null | false"), views.of("beforeDelete"), r.describe());
            assertEquals(List.of("a=1"), h.destinationTree());
        }
    }

    @Test
    void aNameMatchedAcrossUnicodeFormsShowsTheDestinationsForm() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            h.source(NFC + "=new@+5");
            h.destination(NFD + "=old");
            Views views = new Views();
            Harness.Run r = h.run(b -> b.hooks(views));
            String expected = NFC + " | " + NFC + " | " + NFD + " | NEWER | " + NFC + " | false";
            assertEquals(List.of(expected), views.of("filter"), r.describe());
            assertEquals(List.of(expected), views.of("beforeCopy"));
            assertEquals(List.of(expected), views.of("afterCopy"));
            assertEquals(List.of(NFD + "=new"), h.destinationTree(), "no twin in the source's form");
        }
    }

    @Test
    void theViewOfAnUnmatchedNewFileTargetsTheSourcesName() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            h.source("sub/New.txt=1");
            Views views = new Views();
            h.run(b -> b.subdirs().hooks(views));
            String expected = "New.txt | sub/New.txt | New.txt | NEW | New.txt | false";
            assertEquals(List.of(expected), views.of("beforeCopy"));
            assertEquals(List.of(expected), views.of("afterCopy"));
        }
    }
}
