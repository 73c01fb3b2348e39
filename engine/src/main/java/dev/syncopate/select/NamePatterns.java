package dev.syncopate.select;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of {@code /XF} or {@code /XD} patterns: each is a name, a path or a wildcard, and matches
 * at any depth. A pattern with a separator is compared with the entry's path, relative to the job
 * root or absolute; one without is compared with the name.
 *
 * <pre>{@code
 * NamePatterns xd = NamePatterns.of(List.of("Temp", "build/out", "/srv/docs/cache"));
 * xd.matches("Temp", "a/b/Temp", "/srv/docs/a/b/Temp");   // true
 * }</pre>
 */
public final class NamePatterns {
    private final List<Wildcard> byName = new ArrayList<>();
    private final List<Wildcard> byPath = new ArrayList<>();

    private NamePatterns() {
    }

    public static NamePatterns of(List<String> patterns) {
        NamePatterns p = new NamePatterns();
        for (String raw : patterns) {
            String s = raw.replace('\\', '/');
            while (s.length() > 1 && s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.indexOf('/') >= 0) {
                p.byPath.add(new Wildcard(s));
                if (!s.startsWith("/") && !s.startsWith("*")) {
                    p.byPath.add(new Wildcard("*/" + s));   // a relative path matches at any depth
                }
            } else {
                p.byName.add(new Wildcard(s));
            }
        }
        return p;
    }

    public boolean isEmpty() {
        return byName.isEmpty() && byPath.isEmpty();
    }

    /**
     * @param name         the entry's name
     * @param relativePath its path below the job root, {@code /}-separated
     * @param absolutePath its full path, {@code /}-separated
     */
    public boolean matches(String name, String relativePath, String absolutePath) {
        for (Wildcard w : byName) {
            if (w.matches(name)) {
                return true;
            }
        }
        for (Wildcard w : byPath) {
            if (w.matches(relativePath) || w.matches(absolutePath)) {
                return true;
            }
        }
        return false;
    }
}
