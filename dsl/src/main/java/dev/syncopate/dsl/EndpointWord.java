package dev.syncopate.dsl;

import dev.syncopate.remote.HostKeys;
import dev.syncopate.remote.RemoteEndpoint;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.schemes.ProtocolWarmup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@code from} and {@code to} were given: a local directory, or a remote location with
 * its options. Nothing is contacted; the credential's name is checked when the block runs, as the
 * {@code credentials {}} block may come later in the script.
 *
 * <pre>{@code
 * EndpointWord.read("to", Map.of("credentials", "nas"), "sftp://nas01/backup/docs");
 * // Side[local=null, remote=sftp://nas01/backup/docs]
 * EndpointWord.read("to", Map.of("credentials", "nas"), "/mnt/docs");
 * // IllegalArgumentException: credentials: only applies to sftp:// or smb:// locations
 * }</pre>
 */
final class EndpointWord {
    /** The options of {@code from} and {@code to}; the YAML block keys have the same names. */
    static final List<String> OPTIONS = List.of("credentials", "knownHosts", "hostKey");

    /** A local directory or a remote endpoint, the other null. */
    record Side(Path local, RemoteEndpoint remote) {
    }

    private EndpointWord() {
    }

    /**
     * @param word    {@code from} or {@code to}, for messages
     * @throws IllegalArgumentException one line saying what is wrong
     */
    static Side read(String word, Map<?, ?> options, Object path) {
        for (Object k : options.keySet()) {
            if (!OPTIONS.contains(String.valueOf(k))) {
                String hint = ScriptErrors.hint(String.valueOf(k), OPTIONS);
                throw new IllegalArgumentException("unknown option '" + k + ":' for '" + word + "'"
                        + (hint.isEmpty() ? " (expected credentials:, knownHosts: or hostKey:)"
                        : hint.replace("'?)", ":'?)")));
            }
        }
        if (!(path instanceof CharSequence text) || !RemoteLocation.isRemote(text.toString())) {
            if (!options.isEmpty()) {
                throw new IllegalArgumentException(options.keySet().iterator().next()
                        + ": only applies to sftp:// or smb:// locations");
            }
            return new Side(value(word, () -> Arguments.path(path)), null);
        }
        RemoteLocation location = value(word, () -> RemoteLocation.parse(text.toString()));
        ProtocolWarmup.start(location.scheme());   // while the rest of the script is read
        Object credentials = options.get("credentials");
        if (credentials != null && credentials.toString().isBlank()) {
            throw new IllegalArgumentException("invalid value for '" + word + " credentials:' (expected a credential's name)");
        }
        Path knownHosts = options.get("knownHosts") == null ? null
                : value(word + " knownHosts:", () -> CredentialsBlock.home(options.get("knownHosts")));
        List<String> hostKeys = value(word + " hostKey:", () -> HostKeys.of(options.get("hostKey")));
        RemoteEndpoint endpoint = new RemoteEndpoint(location, credentials == null ? null : credentials.toString(),
                knownHosts, hostKeys);
        if (endpoint.problem() != null) {
            throw new IllegalArgumentException(endpoint.problem());
        }
        return new Side(null, endpoint);
    }

    private static <T> T value(String setting, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid value for '" + setting + "' (" + e.getMessage() + ")");
        }
    }
}
