package dev.syncopate.dsl.compile;

import java.util.Map;

/**
 * Defines a compiled script's classes from bytes: all a cached script needs at run time, as the Groovy
 * runtime works with plain classes. Everything else comes from the parent (the DSL's own loader).
 *
 * <pre>{@code
 * Class<?> c = new ScriptClassLoader(SyncScript.class.getClassLoader(), compiled.classes()).loadClass("nightly_sync");
 * }</pre>
 */
final class ScriptClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    ScriptClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
        super("syncopate-script", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
