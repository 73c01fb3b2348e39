package dev.syncopate.dsl.js;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

import java.util.List;
import java.util.Map;

/**
 * The file a JavaScript hook sees: a read-only object with exactly {@code name}, {@code path},
 * {@code size} (bytes), {@code modified} (milliseconds since the epoch, so {@code new Date(f.modified)}
 * and {@code Date.now() - f.modified} work) and {@code kind} ({@code NEW NEWER ... EXTRA}). A proxy,
 * not a host object: there is no Java method behind it to reach, so {@code f.getClass()} is a
 * TypeError.
 *
 * <pre>{@code
 * new JsFileView("a.txt", "docs/a.txt", 12, 1700000000000L, "NEW");
 * }</pre>
 */
public record JsFileView(String name, String path, long size, long modified, String kind) implements ProxyObject {
    private static final List<String> KEYS = List.of("name", "path", "size", "modified", "kind");

    @Override
    public Object getMember(String key) {
        return switch (key) {
            case "name" -> name;
            case "path" -> path;
            case "size" -> size;
            case "modified" -> modified;
            case "kind" -> kind;
            default -> null;
        };
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromList(List.copyOf(KEYS));
    }

    @Override
    public boolean hasMember(String key) {
        return KEYS.contains(key);
    }

    @Override
    public void putMember(String key, Value value) {
        throw new UnsupportedOperationException("the file view is read-only");
    }

    @Override
    public boolean removeMember(String key) {
        throw new UnsupportedOperationException("the file view is read-only");
    }

    /** The second argument of a JavaScript {@code onError}: {@code e.message} says why. */
    public static ProxyObject error(String message) {
        return ProxyObject.fromMap(Map.of("message", message == null ? "" : message));
    }
}
