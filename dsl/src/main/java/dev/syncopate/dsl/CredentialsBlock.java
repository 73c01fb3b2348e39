package dev.syncopate.dsl;

import dev.syncopate.dsl.secret.Credential;
import dev.syncopate.dsl.secret.CredentialSources;
import dev.syncopate.remote.HostKeys;

import org.codehaus.groovy.runtime.InvokerHelper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delegate of {@code credentials { ... }}: each line names a login and says where its password comes
 * from. Every password is registered as a secret at once, so it is masked in all output from then on.
 *
 * <pre>{@code
 * credentials {
 *     nas   user: 'backup', password: env('NAS_PASSWORD')
 *     mail  user: 'alerts', passwordFile: '/etc/syncopate/mail.pw'   // first line; not readable by others
 *     vault user: 'x', passwordCommand: 'pass show nas'              // first line of its output
 *     ssh   user: 'b', privateKey: '~/.ssh/id_ed25519'
 *     nas2  user: 'b', privateKey: '~/.ssh/id_ed25519', knownHosts: '/etc/syncopate/known_hosts',
 *           hostKey: 'SHA256:...'                                   // or a list; trusted besides known_hosts
 * }
 * }</pre>
 */
public final class CredentialsBlock {
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> OPTIONS = Set.of("user", "password", "passwordFile", "passwordCommand", "privateKey",
            "knownHosts", "hostKey");
    private static final List<String> SOURCES = List.of("password", "passwordFile", "passwordCommand");

    private final Alerting alerting;
    private final Object owner;

    /** {@code owner} answers every other call: {@code env(...)}, {@code params}, the script's own methods. */
    CredentialsBlock(Alerting alerting, Object owner) {
        this.alerting = alerting;
        this.owner = owner;
    }

    /** {@code name user: ..., password: ...}: any name declares a credential. */
    public Object methodMissing(String name, Object args) {
        Object[] a = args instanceof Object[] arr ? arr : new Object[] {args};
        if (a.length != 1 || !(a[0] instanceof Map<?, ?> options)) {
            return InvokerHelper.invokeMethod(owner, name, a);
        }
        Alerting.known("credential '" + name + "'", options, OPTIONS);
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
        alerting.addCredential(new Credential(name, user == null ? null : user.toString(), password, key, knownHosts,
                hostKeys));
        return null;
    }

    /** A path, with a leading {@code ~/} meaning the home directory. */
    static Path home(Object v) {
        String s = String.valueOf(v);
        if (s.equals("~") || s.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + s.substring(1));
        }
        return Arguments.path(s);
    }
}
