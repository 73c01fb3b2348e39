package dev.syncopate.job;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.syncopate.remote.Credential;
import dev.syncopate.secret.CredentialException;
import dev.syncopate.secret.CredentialOptions;
import dev.syncopate.secret.CredentialSources;
import dev.syncopate.settings.DidYouMean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials file of {@code robocopy /CREDFILE:path}: a YAML mapping of names to logins, with the keys
 * of a sync file's {@code credentials:} section. Like a {@code passwordFile}, it is refused when others
 * may read or write it.
 *
 * <pre>{@code
 * # /etc/syncopate/credentials.yaml  (chmod 600)
 * nas: {user: backup, passwordFile: /etc/syncopate/nas.pw, knownHosts: /etc/syncopate/known_hosts}
 * fs:  {user: 'CORP\backup', password: s3cret}
 *
 * Credential nas = CredentialsFile.read(Path.of("/etc/syncopate/credentials.yaml")).credential("nas");
 * // JobFileException: "credentials file /etc/.../credentials.yaml is readable by others (mode 0644); run: chmod 600 ..."
 * // JobFileException: "/etc/.../credentials.yaml: no credential 'nsa' (did you mean 'nas'?)"
 * }</pre>
 *
 * @param file    the file, for messages
 * @param entries name to options, in file order
 * @param lines   where each key starts, by JSON pointer
 */
public record CredentialsFile(Path file, Map<String, Map<String, Object>> entries, Map<String, Integer> lines) {
    private static final String SHAPE = "a credentials file is a mapping of names to logins, such as"
            + " 'nas: {user: backup, passwordFile: /etc/syncopate/nas.pw}'";

    /**
     * Reads and checks the file's shape; passwords are read only by {@link #credential}.
     *
     * @throws JobFileException one line naming the file: missing, not private, not YAML, wrong shape
     */
    public static CredentialsFile read(Path file) {
        String text;
        try {
            CredentialSources.requirePrivate(file, "credentials file");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new JobFileException("credentials file " + file + " does not exist", e);
        } catch (CredentialException e) {
            throw new JobFileException(e.getMessage(), e);
        } catch (IOException e) {
            throw new JobFileException("cannot read credentials file " + file + ": " + JobWriter.reason(e), e);
        }
        String name = file.toString();
        Map<String, Integer> lines = YamlIndex.of(text, name, SHAPE);
        Map<String, Map<String, Object>> entries = lines.isEmpty() ? Map.of()
                : JobReader.bind(() -> JobYaml.MAPPER.readValue(text, new TypeReference<LinkedHashMap<String,
                        Map<String, Object>>>() { }), name, lines, "", List.of(), SHAPE);
        return new CredentialsFile(file, entries, lines);
    }

    /**
     * The credential {@code name}, its password read from where it says.
     *
     * @throws JobFileException {@code file:line: ...} for an unknown name or a wrong entry, never the password
     */
    public Credential credential(String name) {
        Map<String, Object> options = entries.get(name);
        if (options == null) {
            throw new JobFileException(file + ": no credential '" + name + "'"
                    + DidYouMean.closest(name, entries.keySet()).map(s -> " (did you mean '" + s + "'?)").orElse(""));
        }
        try {
            return CredentialOptions.read(name, options);
        } catch (IllegalArgumentException | CredentialException e) {
            throw new JobFileException(file + ":" + lines.getOrDefault("/" + name, 1) + ": " + e.getMessage(), e);
        }
    }
}
