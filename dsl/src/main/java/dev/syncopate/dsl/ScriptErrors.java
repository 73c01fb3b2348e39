package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsHookError;
import dev.syncopate.settings.DidYouMean;
import groovy.lang.GroovySystem;
import groovy.lang.MetaMethod;
import groovy.lang.MetaProperty;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import org.codehaus.groovy.runtime.FormatHelper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an exception from script code into one line a person can act on: {@code file:line: message},
 * with Groovy's "No signature of method ..." rephrased and a suggestion for a mistyped name.
 *
 * <pre>{@code
 * ScriptErrors.located(e, "nightly.sync.groovy");
 * // "nightly.sync.groovy:9: unknown method 'keeep' (did you mean 'keep'?)"
 * }</pre>
 */
final class ScriptErrors {
    /** Script-level words, for suggestions; the block's are in {@link BlockVocabulary}. */
    static final List<String> SCRIPT_WORDS = List.of("sync", "timestamp", "now", "today", "hostname", "env", "params",
            "onExitCode", "exit", "keep", "println", "print", "printf", "credentials", "smtp", "email", "webhook",
            "command", "notify", "log", "summary", "js", "file", "netUse");

    private ScriptErrors() {
    }

    /** {@code file:line: message}, the line being the innermost script frame of {@code e}. */
    static String located(Throwable e, String file) {
        if (e instanceof JsHookError js) {
            return js.getMessage();   // located in the hook's own source already (check.js:2: ...)
        }
        return ScriptLines.at(file, ScriptLines.of(e, file)) + ": " + describe(e);
    }

    /** The problem in plain words, one line. */
    static String describe(Throwable e) {
        String text = switch (e) {
            case MissingPropertyException p when p.getType() != null && Script.class.isAssignableFrom(p.getType()) ->
                    "unknown name '" + p.getProperty() + "'" + hint(p.getProperty(), scriptNames(p.getType()));
            case MissingPropertyException p when p.getType() != null ->
                    "unknown property '" + p.getProperty() + "' of " + p.getType().getSimpleName()
                            + hint(p.getProperty(), properties(p.getType()));
            case MissingMethodException m when m.getType() != null && Script.class.isAssignableFrom(m.getType())
                    && SCRIPT_WORDS.contains(m.getMethod()) ->
                    "invalid arguments for '" + m.getMethod() + "' (" + types(m.getArguments()) + ")";
            case MissingMethodException m when m.getType() != null && Script.class.isAssignableFrom(m.getType()) ->
                    "unknown method '" + m.getMethod() + "'" + hint(m.getMethod(), scriptNames(m.getType()));
            // `def nas = '...'` then `credentials { nas user: ... }`: Groovy calls the variable, not the name
            case MissingMethodException m when "call".equals(m.getMethod()) && m.getType() != null
                    && !Script.class.isAssignableFrom(m.getType()) ->
                    "a script variable (" + m.getType().getSimpleName() + ") is called like a word here: a variable"
                            + " named like a word or a credential hides it; rename the variable";
            case MissingMethodException m when m.getType() != null ->
                    "no method '" + m.getMethod() + "(" + types(m.getArguments()) + ")' on "
                            + m.getType().getSimpleName() + hint(m.getMethod(), methods(m.getType()));
            // An OutOfMemoryError's own message ("Java heap space") does not say what happened.
            case VirtualMachineError v when v.getMessage() != null && !v.getMessage().isBlank() ->
                    v.getClass().getSimpleName() + ": " + v.getMessage();
            default -> e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName() : e.getMessage();
        };
        // Groovy's messages run on with "Possible solutions: ..." lines; the first line says it.
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    /**
     * What {@code println} shows: Groovy's formatting ({@code [a:1]} for a map), except for a plain
     * String, which needs none and so never waits for Groovy's formatter (see {@link Warmup}).
     */
    static String text(Object value) {
        return value instanceof String s ? s : FormatHelper.toString(value);
    }

    static String hint(String typed, Collection<String> known) {
        return DidYouMean.closest(typed, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static Collection<String> scriptNames(Class<?> scriptClass) {
        Set<String> names = new TreeSet<>(SCRIPT_WORDS);
        names.addAll(methods(scriptClass));
        return names;
    }

    private static Collection<String> methods(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (MetaMethod m : GroovySystem.getMetaClassRegistry().getMetaClass(type).getMethods()) {
            names.add(m.getName());
        }
        return names;
    }

    private static Collection<String> properties(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (MetaProperty p : GroovySystem.getMetaClassRegistry().getMetaClass(type).getProperties()) {
            names.add(p.getName());
        }
        return names;
    }

    private static String types(Object[] args) {
        List<String> names = new ArrayList<>();
        for (Object a : args == null ? new Object[0] : args) {
            names.add(a == null ? "null" : a.getClass().getSimpleName());
        }
        return String.join(", ", names);
    }
}
