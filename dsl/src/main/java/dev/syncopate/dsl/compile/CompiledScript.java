package dev.syncopate.dsl.compile;

import java.util.Map;

/**
 * The bytecode of one compiled script: its main class and every class it produced (closures, classes
 * the script declares), ready to be defined by a {@link ScriptClassLoader} without the Groovy compiler.
 *
 * <pre>{@code
 * CompiledScript compiled = ScriptCompiler.compile("nightly.sync.groovy", text);
 * Class<?> main = new ScriptClassLoader(parent, compiled.classes()).loadClass(compiled.mainClass());
 * }</pre>
 *
 * @param mainClass the script class's binary name, e.g. {@code nightly_sync}
 * @param classes   binary name to class file bytes
 */
public record CompiledScript(String mainClass, Map<String, byte[]> classes) {
    public CompiledScript {
        classes = Map.copyOf(classes);
        if (!classes.containsKey(mainClass)) {
            throw new IllegalArgumentException("the main class " + mainClass + " is not among the classes");
        }
    }

    /** Defines the classes in a new loader below {@code parent} and returns the main class. */
    public Class<?> load(ClassLoader parent) {
        try {
            return new ScriptClassLoader(parent, classes).loadClass(mainClass);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);   // checked in the constructor
        }
    }
}
