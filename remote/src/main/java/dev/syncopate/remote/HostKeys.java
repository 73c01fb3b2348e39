package dev.syncopate.remote;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the {@code hostKey:} option: one SSH host key fingerprint or a list of them, each as
 * {@code ssh-keygen -l} and the "unknown host" message print it, {@code SHA256:} and base64.
 *
 * <pre>{@code
 * HostKeys.of("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");    // a list of one
 * HostKeys.of(List.of("SHA256:...", "SHA256:..."));
 * HostKeys.of("MD5:aa:bb");   // IllegalArgumentException: hostKey: expected a SHA256:... fingerprint ...
 * }</pre>
 */
public final class HostKeys {
    private static final Pattern SHA256 = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");

    private HostKeys() {
    }

    /** The fingerprints of a text or a collection; null means none. */
    public static List<String> of(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> keys = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
        for (String k : keys) {
            if (!SHA256.matcher(k.strip()).matches()) {
                throw new IllegalArgumentException("hostKey: expected a SHA256:... fingerprint as ssh-keygen -l prints"
                        + " it, not '" + k + "'");
            }
        }
        return keys.stream().map(String::strip).toList();
    }
}
