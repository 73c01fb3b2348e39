package dev.syncopate.dsl.js;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A JavaScript error names the hook's own line: in its .js file, or the script line plus the line within. */
class JsErrorsTest {
    private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());
    private static final JsConsole QUIET = new JsConsole(NULL, NULL);
    private static final JsFileView FILE = new JsFileView("a.txt", "a.txt", 1, 0, "NEW");

    private static String error(String name, int line, String source) {
        return assertThrows(JsHookError.class, () -> JsFunction.of(new JsHook(name, line, source)).test(QUIET, FILE))
                .getMessage();
    }

    @Test
    void anInlineSourceFailsOnItsScriptLine() {
        assertEquals("nightly.sync.groovy:14: TypeError: the file view has no method 'nope' (it has name, path, size, modified, kind)",
                error("nightly.sync.groovy", 14, "f => f.nope()"));
    }

    @Test
    void aMultiLineInlineSourceCountsFromItsFirstLine() {
        assertEquals("nightly.sync.groovy:16: ReferenceError: missing is not defined",
                error("nightly.sync.groovy", 14, "f => {\n  let x = 1;\n  return missing + x;\n}"));
    }

    @Test
    void aFileFailsOnItsOwnLine() {
        assertEquals("check.js:2: TypeError: Cannot read property 'x' of undefined",
                error("check.js", 1, "f => {\n  return f.nothing.x;\n}"));
    }

    @Test
    void aThrownErrorKeepsItsMessage() {
        assertEquals("check.js:3: Error: no .tmp files",
                error("check.js", 1, "f => {\n  if (f.name)\n    throw new Error('no .tmp files');\n}"));
    }

    @Test
    void aSyntaxErrorIsLocated() {
        String m = error("syntax.js", 1, "f => {\n  return f.size >;\n}");
        assertEquals("syntax.js:2: SyntaxError", m.substring(0, "syntax.js:2: SyntaxError".length()), m);
    }
}
