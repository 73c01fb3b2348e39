package dev.syncopate.secret;

import dev.syncopate.remote.Credential;
import dev.syncopate.remote.HostKeys;
import dev.syncopate.settings.DidYouMean;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a credential's options into a {@link Credential}, reading its password from where they say. The
 * one reading of {@code credentials { nas user: ..., ... }}, the YAML {@code credentials:} section and a
 * {@code robocopy /CREDFILE}, so all three accept the same keys and say the same things.
 *
 * <pre>{@code
 * Credential nas = CredentialOptions.read("nas", Map.of("user", "backup", "passwordFile", "/etc/syncopate/nas.pw",
 *         "knownHosts", "/etc/syncopate/known_hosts"));
 * CredentialOptions.read("nas", Map.of("usr", "x"));
 * // IllegalArgumentException: unknown option 'usr' of credential 'nas' (did you mean 'user'?)
 * }</pre>
 *
 * <p>Keys: {@code user}, one of {@code password}, {@code passwordFile} (first line; refused when others
 * may read it), {@code passwordCommand} (first line it prints), and {@code privateKey}, {@code knownHosts}
 * (paths, {@code ~/} allowed), {@code hostKey} (a {@code SHA256:} fingerprint or a list of them).
 */
public final class CredentialOptions {
    /** The keys of a credential, in the order the docs list them. */
    public static final List<String> KEYS = List.of("user", "password", "passwordFile", "passwordCommand",
            "privateKey", "knownHosts", "hostKey");
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> SOURCES = List.of("password", "passwordFile", "passwordCommand");

    private CredentialOptions() {
    }

    /**
     * @throws IllegalArgumentException for a wrong option, {@link CredentialException} when the password
     *                                  cannot be read; neither message holds the password
     */
    public static Credential read(String name, Map<?, ?> options) {
        for (Object k : options.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("unknown option '" + k + "' of credential '" + name + "'"
                        + DidYouMean.closest(String.valueOf(k), KEYS).map(s -> " (did you mean '" + s + "'?)").orElse(""));
            }
        }
        List<String> sources = SOURCES.stream().filter(options::containsKey).toList();
        if (sources.size() > 1) {
            throw new IllegalArgumentException("credential '" + name + "' has " + String.join(" and ", sources)
                    + "; give one");
        }
        String password = null;
        if (options.containsKey("password")) {
            Object v = options.get("password");
            if (v == null || v.toString().isEmpty()) {
                throw new IllegalArgumentException("credential '" + name + "': password: is empty"
                        + " (is the environment variable set?)");
            }
            password = v.toString();
        } else if (options.containsKey("passwordFile")) {
            password = CredentialSources.fromFile(home(options.get("passwordFile")));
        } else if (options.containsKey("passwordCommand")) {
            Object v = options.get("passwordCommand");
            List<String> argv = v instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                    : Arrays.asList(String.valueOf(v).trim().split("\\s+"));
            password = CredentialSources.fromCommand(argv, COMMAND_TIMEOUT);
        }
        Object user = options.get("user");
        Path key = options.get("privateKey") == null ? null : home(options.get("privateKey"));
        Path knownHosts = options.get("knownHosts") == null ? null : home(options.get("knownHosts"));
        List<String> hostKeys;
        try {
            hostKeys = HostKeys.of(options.get("hostKey"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("credential '" + name + "': " + e.getMessage());
        }
        return new Credential(name, user == null ? null : user.toString(), password, key, knownHosts, hostKeys);
    }

    /** A path, with a leading {@code ~/} meaning the home directory. */
    public static Path home(Object v) {
        String s = String.valueOf(v);
        if (s.equals("~") || s.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + s.substring(1));
        }
        if (s.isBlank()) {
            throw new IllegalArgumentException("expected a path");
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("expected a path: " + e.getReason());
        }
    }
}
