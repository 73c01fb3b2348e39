package dev.syncopate.dsl;

import dev.syncopate.remote.Credential;

/**
 * The script's {@code credentials}: {@code credentials.nas.user}, {@code credentials.nas.password}. The
 * password is masked in all output; hand it to what needs it, never print it (it would show as ****).
 *
 * <pre>{@code
 * def nas = credentials.nas
 * command 'mount-nas', nas.user
 * }</pre>
 */
public final class Credentials {
    private final Alerting alerting;

    Credentials(Alerting alerting) {
        this.alerting = alerting;
    }

    /** {@code credentials.nas}. */
    public Credential propertyMissing(String name) {
        return alerting.credential(name);
    }

    /** {@code credentials['nas']}. */
    public Credential getAt(String name) {
        return alerting.credential(name);
    }
}
