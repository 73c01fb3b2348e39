package dev.syncopate.dsl.compile;

import groovy.lang.GroovyClassLoader;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.ErrorCollector;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.codehaus.groovy.tools.GroovyClass;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a script's text to bytecode in memory, with the DSL's base class and imports.
 *
 * <pre>{@code
 * CompiledScript c = ScriptCompiler.compile("nightly.sync.groovy", Files.readString(path));
 * // CompileException: "nightly.sync.groovy:3:1: Unexpected input: '}'"
 * // or, for a brace left open: "nightly.sync.groovy:1:6: '{' is never closed"
 * }</pre>
 *
 * <p>The compiler is kept lean: Grape's {@code @Grab} (which would download libraries at 3 a.m.) is
 * switched off, and the class file names the script file, so stack traces give its lines.
 */
public final class ScriptCompiler {
    /** The DSL's base class, named as text so this package does not depend on the DSL's. */
    public static final String BASE_CLASS = "dev.syncopate.dsl.SyncScript";
    /** Bumped when the configuration below changes, so cached classes compiled the old way are not used. */
    static final int CONFIGURATION_VERSION = 2;

    private ScriptCompiler() {
    }

    static CompilerConfiguration configuration() {
        CompilerConfiguration cc = new CompilerConfiguration();
        cc.setScriptBaseClass(BASE_CLASS);
        cc.setDisabledGlobalASTTransformations(Set.of("groovy.grape.GrabAnnotationTransformation"));
        cc.setSourceEncoding("UTF-8");
        // Dates and paths are what sync scripts compute with.
        cc.addCompilationCustomizers(new ImportCustomizer().addStarImports("java.time", "java.nio.file"),
                new WaitRewriter());
        return cc;
    }

    /**
     * Compiles {@code text}, naming it {@code fileName} in class files and messages.
     *
     * @throws CompileException for a syntax or other compile error, located as {@code file:line:column}
     */
    public static CompiledScript compile(String fileName, String text, ClassLoader parent) {
        CompilerConfiguration cc = configuration();
        try (GroovyClassLoader loader = new GroovyClassLoader(parent, cc)) {
            CompilationUnit unit = new CompilationUnit(cc, null, loader);
            unit.addSource(fileName, text);
            unit.compile(Phases.CLASS_GENERATION);
            Map<String, byte[]> classes = new HashMap<>();
            for (GroovyClass c : unit.getClasses()) {
                classes.put(c.getName(), c.getBytes());
            }
            return new CompiledScript(mainClass(unit), classes);
        } catch (MultipleCompilationErrorsException e) {
            throw new CompileException(describe(fileName, text, e.getErrorCollector()), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);   // closing an in-memory loader
        } catch (CompilationFailedException | StackOverflowError e) {
            // Not a located error: the parser or a later phase ran out of stack, or gave up without a reason.
            throw new CompileException(DeepNesting.overflowed(e) ? DeepNesting.message(fileName, text)
                    : fileName + ":1: does not compile (" + firstLine(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    /** The script class, or the first class when the file only declares classes. */
    private static String mainClass(CompilationUnit unit) {
        ClassNode first = null;
        for (ClassNode c : unit.getAST().getClasses()) {
            if (c.isScript()) {
                return c.getName();
            }
            first = first == null ? c : first;
        }
        if (first == null) {
            throw new CompileException("the script is empty", null);
        }
        return first.getName();
    }

    private static String describe(String fileName, String text, ErrorCollector errors) {
        int count = errors.getErrorCount();
        String first = count == 0 ? "does not compile" : describe(fileName, text, errors.getError(0));
        return count > 1 ? first + " (and " + (count - 1) + " more error" + (count > 2 ? "s" : "") + ")" : first;
    }

    private static String describe(String fileName, String text, Message m) {
        if (m instanceof SyntaxErrorMessage s) {
            SyntaxException x = s.getCause();
            String said = shortInput(firstLine(x.getOriginalMessage()));
            Optional<UnclosedBrace.Position> brace = said.startsWith("Unexpected input: ")
                    ? UnclosedBrace.in(text) : Optional.empty();
            // the parser points at the brace, or past the end of the file: "Unexpected input: ''"
            if (brace.isPresent() && (said.equals("Unexpected input: ''")
                    || brace.get().equals(new UnclosedBrace.Position(x.getLine(), x.getStartColumn())))) {
                return fileName + ":" + brace.get().line() + ":" + brace.get().column() + ": '{' is never closed";
            }
            String where = fileName + ":" + x.getLine() + (x.getStartColumn() > 0 ? ":" + x.getStartColumn() : "");
            return where + ": " + said;
        }
        if (m instanceof ExceptionMessage x) {
            return fileName + ": " + firstLine(String.valueOf(x.getCause().getMessage()));
        }
        return fileName + ": does not compile";
    }

    /**
     * The parser quotes all the input it could not place, newlines written as {@code \n}: a whole block
     * for a stray brace. Its last line is where the error position points.
     */
    static String shortInput(String message) {
        int open = message.indexOf('\'');
        int lastNewline = message.lastIndexOf("\\n");
        if (open < 0 || lastNewline < open || !message.endsWith("'")) {
            return message;
        }
        return message.substring(0, open + 1) + message.substring(lastNewline + 2).strip();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
