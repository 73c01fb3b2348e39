package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;
import dev.syncopate.job.JobFile;
import dev.syncopate.job.JobReader;
import dev.syncopate.job.JobWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.syncopate.robocopy.SwitchEffectsTest.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code sftp://} and {@code smb://} sources and destinations, {@code /CRED} and {@code /CREDFILE}. */
class RemoteArgumentsTest {
    private static final RobocopyParser LINUX = new RobocopyParser(Platform.LINUX, path -> JobFile.EMPTY);
    private static final RobocopyParser WINDOWS = new RobocopyParser(Platform.WINDOWS, path -> JobFile.EMPTY);

    @Test
    void urlsAreKeptAsWrittenOnEveryPlatform() {
        for (RobocopyParser p : new RobocopyParser[] {LINUX, WINDOWS}) {
            Invocation inv = p.parse(args("C:\\Data sftp://nas01:2222/backup/docs /MIR /CRED:nas /CREDFILE:creds.yaml"));
            assertEquals("sftp://nas01:2222/backup/docs", inv.destination());
            assertEquals("sftp://nas01:2222/backup/docs", inv.remoteDestination().toString());
            assertNull(inv.remoteSource());
            assertEquals("nas", inv.credential());
            assertEquals("creds.yaml", inv.credentialsFile());
        }
        Invocation smb = LINUX.parse(args("smb://fs01/Data/docs /mnt/docs /cred:fs /credfile:/etc/c.yaml"));
        assertEquals("smb://fs01/Data/docs", smb.remoteSource().toString());
        assertEquals("fs", smb.credential());
    }

    @Test
    void mistakesAreOneLine() {
        String[][] cases = {
                {"/srv/ sftp://nas01/x /CRED:nas",
                        "/CRED:nas needs /CREDFILE:file, the YAML file that holds the credential (chmod 600)"},
                {"/srv/ /mnt/x /CRED:nas /CREDFILE:c.yaml",
                        "/CRED only applies to sftp:// or smb:// locations; neither the source nor the destination is one"},
                {"/srv/ smb://fs01/Backup", "smb://fs01/Backup: SMB needs a login; add /CRED:name /CREDFILE:file"},
                {"/srv/ sftp://u:pw@nas01/x", "invalid destination: sftp://nas01: a password does not belong in the"
                        + " location (it would show in logs and process lists); put it in a credential and add"
                        + " credentials: 'name'"},
                {"smb://fs01 /mnt/x /CRED:fs /CREDFILE:c.yaml",
                        "invalid source: 'smb://fs01' names no share: write smb://host/share/path"},
                {"/srv/ sftp://nas01/x /CRED:", "invalid /CRED: (expected a name)"},
                // Only the endpoints may be remote: these were read as a local folder named "sftp:".
                {"/srv/ /mnt/x /BACKUPDIR:sftp://nas01/old", "invalid /BACKUPDIR:sftp://nas01/old (not supported for"
                        + " remote locations yet; only from and to may be sftp:// or smb://)"},
                {"/srv/ /mnt/x /LOG:smb://fs01/logs/a.log", "invalid /LOG:smb://fs01/logs/a.log (not supported for"
                        + " remote locations yet; only from and to may be sftp:// or smb://)"},
                {"/srv/ /mnt/x /JSON:SFTP://nas01/r.json", "invalid /JSON:SFTP://nas01/r.json (not supported for"
                        + " remote locations yet; only from and to may be sftp:// or smb://)"},
        };
        for (String[] c : cases) {
            ArgumentException e = assertThrows(ArgumentException.class, () -> LINUX.parse(args(c[0])), c[0]);
            assertEquals(c[1], e.getMessage(), c[0]);
        }
    }

    @Test
    void saveKeepsTheUrlsAndTheCredentialsNameNotItsPassword() {
        Invocation inv = LINUX.parse(args("/srv/docs sftp://nas01/backup/docs /MIR /CRED:nas /CREDFILE:/etc/c.yaml"
                + " /SAVE:nightly /QUIT"));
        String yaml = JobWriter.toYaml(inv.job());
        assertEquals(String.join("\n", "from: /srv/docs", "to: sftp://nas01/backup/docs", "mirror: true",
                "credentials: nas", "credentialsFile: /etc/c.yaml", ""), yaml);
        JobFile back = JobReader.parse(yaml, "nightly.yaml");
        Invocation again = new RobocopyParser(Platform.WINDOWS, p -> back).parse(args("/JOB:nightly /NOSD /NODD"));
        assertEquals("sftp://nas01/backup/docs", again.destination());
        assertEquals("nas", again.credential());
        assertEquals("/etc/c.yaml", again.credentialsFile());
        assertEquals(Path.of(""), again.settings().destination(), "opened and put in by the command");
    }

    @Test
    void aTemplateMayNameTheCredentialForEndpointsGivenLater() {
        Invocation inv = LINUX.parse(args("/NOSD /NODD /CRED:nas /CREDFILE:c.yaml /SAVE:t /QUIT"));
        assertEquals("nas", inv.job().credentials());
    }

    @Test
    void theNewSwitchesAreInTheHelp() {
        String help = SwitchHelp.render(100);
        assertEquals(true, help.contains("/CRED:name"), help);
        assertEquals(true, help.contains("/CREDFILE:file"), help);
    }
}
