package dev.syncopate.dsl;

import dev.syncopate.remote.Credential;
import dev.syncopate.remote.OpenedLocations;
import dev.syncopate.remote.RemoteEndpoint;

import java.nio.file.Path;

/**
 * A block's source and destination as {@link OpenedLocations.End}s: local directories as they are, remote
 * locations with the login their credential and options make. Building them checks what can be checked
 * offline (the credential exists, the URL and the credential name the same user), so a mistake is a
 * setting error at the block's line before anything is contacted.
 *
 * <pre>{@code
 * OpenedLocations.End from = BlockEnds.source(context, settings);   // IllegalArgumentException: one line
 * }</pre>
 */
final class BlockEnds {
    private BlockEnds() {
    }

    static OpenedLocations.End source(ScriptContext context, BlockSettings s) {
        return s.remoteFrom != null ? remote(context, s.remoteFrom) : OpenedLocations.End.local(s.from);
    }

    /** The destination; {@code local} is the block's own or its snapshot's folder, null when remote. */
    static OpenedLocations.End destination(ScriptContext context, BlockSettings s, Path local) {
        return s.remoteTo != null ? remote(context, s.remoteTo) : OpenedLocations.End.local(local);
    }

    /** The endpoint with its login; an unknown credential is reported with a did-you-mean. */
    private static OpenedLocations.End remote(ScriptContext context, RemoteEndpoint endpoint) {
        Credential c = endpoint.credentials() == null ? null : context.alerting().credential(endpoint.credentials());
        return endpoint.end(c);
    }
}
