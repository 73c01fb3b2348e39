package dev.syncopate.remote;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemoteLocationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            sftp://nas01/backup/docs              | SFTP | -      | nas01   | 22   | -      | /backup/docs | sftp://nas01/backup/docs
            sftp://backup@nas01:2222/srv          | SFTP | backup | nas01   | 2222 | -      | /srv         | sftp://backup@nas01:2222/srv
            SFTP://Nas01/Mixed/Case               | SFTP | -      | Nas01   | 22   | -      | /Mixed/Case  | sftp://Nas01/Mixed/Case
            sftp://nas01                          | SFTP | -      | nas01   | 22   | -      | /            | sftp://nas01/
            sftp://[::1]:2200/x                   | SFTP | -      | ::1     | 2200 | -      | /x           | sftp://[::1]:2200/x
            sftp://nas01/My%20Docs                | SFTP | -      | nas01   | 22   | -      | /My Docs     | sftp://nas01/My Docs
            sftp://nas01/My Docs                  | SFTP | -      | nas01   | 22   | -      | /My Docs     | sftp://nas01/My Docs
            sftp://b%40corp@nas01/x               | SFTP | b@corp  | nas01   | 22   | -      | /x           | sftp://b@corp@nas01/x
            smb://fs01/Backup/docs/2024           | SMB  | -      | fs01    | 445  | Backup | docs/2024    | smb://fs01/Backup/docs/2024
            smb://fs01:4450/Backup                | SMB  | -      | fs01    | 4450 | Backup |              | smb://fs01:4450/Backup
            smb://fs01/Backup/                    | SMB  | -      | fs01    | 445  | Backup |              | smb://fs01/Backup
            smb://fs01/Backup/a/b/                | SMB  | -      | fs01    | 445  | Backup | a/b          | smb://fs01/Backup/a/b
            smb://127.0.0.1/data/Jahresberichte ä | SMB  | -      | 127.0.0.1 | 445 | data  | Jahresberichte ä | smb://127.0.0.1/data/Jahresberichte ä
            """)
    void parses(String text, RemoteLocation.Scheme scheme, String user, String host, int port, String share,
                String path, String shown) {
        RemoteLocation l = RemoteLocation.parse(text);
        assertEquals(scheme, l.scheme());
        assertEquals(user, l.user());
        assertEquals(host, l.host());
        assertEquals(port, l.port());
        assertEquals(share, l.share());
        assertEquals(path == null ? "" : path, l.path());
        assertEquals(shown, l.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            password in the URL          | sftp://backup:S3cret@nas01/x | a password does not belong in the location
            no host                      | sftp:///srv/x                | names no host
            port not a number            | sftp://nas01:ssh/x           | the port must be a number from 1 to 65535, not 'ssh'
            port out of range            | smb://fs01:70000/share       | not '70000'
            no share                     | smb://fs01/                  | names no share: write smb://host/share/path
            no share, no slash           | smb://fs01                   | names no share
            bad escape                   | sftp://nas01/100%            | write %25 for a percent sign
            empty user                   | sftp://@nas01/x              | empty user name
            unclosed IPv6                | sftp://[::1/x                | no closing ']'
            not remote                   | /srv/x                       | is not an sftp:// or smb:// location
            """)
    void refuses(String name, String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RemoteLocation.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertFalse(e.getMessage().contains("S3cret"), "a password is never repeated: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sftp://nas01/x      | true
            SMB://fs01/share    | true
            /srv/sftp://x       | false
            C:\\sftp            | false
            sftp:/nas01         | false
            ftp://host/x        | false
            """)
    void tellsRemoteFromLocal(String text, boolean remote) {
        assertEquals(remote, RemoteLocation.isRemote(text));
    }

    @Test
    void serverLeavesOutTheDefaultPortAndThePath() {
        assertEquals("sftp://nas01", RemoteLocation.parse("sftp://u@nas01:22/x").server());
        assertEquals("smb://[::1]:4450", RemoteLocation.parse("smb://[::1]:4450/s/x").server());
    }

    @Test
    void withUserKeepsTheRest() {
        RemoteLocation l = RemoteLocation.parse("sftp://nas01:2222/x").withUser("backup");
        assertEquals("sftp://backup@nas01:2222/x", l.toString());
    }
}
