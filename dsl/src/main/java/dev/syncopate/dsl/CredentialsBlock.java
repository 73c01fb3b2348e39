package dev.syncopate.dsl;

import dev.syncopate.secret.CredentialOptions;

import org.codehaus.groovy.runtime.InvokerHelper;

import java.nio.file.Path;
import java.util.Map;

/**
 * The delegate of {@code credentials { ... }}: each line names a login and says where its password comes
 * from ({@link CredentialOptions} reads them). Every password is registered as a secret at once, so it is
 * masked in all output from then on.
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
        alerting.addCredential(CredentialOptions.read(name, options));
        return null;
    }

    /** A path, with a leading {@code ~/} meaning the home directory. */
    static Path home(Object v) {
        return CredentialOptions.home(v);
    }
}
