package dev.syncopate.remote.testserver;

import java.nio.file.Path;

/**
 * The {@code smb.conf} of one {@link SambaServer}: everything smbd keeps (pid, locks, state, cache,
 * passwords, log) under the instance's own directory, listening on 127.0.0.1 only, with no NetBIOS,
 * no printers and nothing older than SMB 2.0.2, so it can neither see nor disturb a system Samba.
 *
 * <pre>{@code
 * Files.writeString(base.resolve("smb.conf"), new SambaConfig(base, 44561).text());
 * }</pre>
 *
 * @param base the instance directory; shares live in {@code base/shares/<name>}
 * @param port the port smbd listens on
 */
record SambaConfig(Path base, int port) {

    String text() {
        String b = base.toString();
        return """
                [global]
                   server role = standalone server
                   workgroup = SYNCOPATE
                   security = user
                   map to guest = never
                   smb ports = %2$d
                   bind interfaces only = yes
                   interfaces = 127.0.0.1
                   disable netbios = yes
                   server min protocol = SMB2_02
                   load printers = no
                   printing = bsd
                   printcap name = /dev/null
                   disable spoolss = yes
                   pid directory = %1$s/run
                   lock directory = %1$s/lock
                   state directory = %1$s/state
                   cache directory = %1$s/cache
                   private dir = %1$s/private
                   ncalrpc dir = %1$s/ncalrpc
                   passdb backend = tdbsam:%1$s/private/passdb.tdb
                   usershare path =
                   logging = file
                   log file = %1$s/log/smbd.log
                   max log size = 0
                   log level = 1
                   kernel oplocks = no

                [%3$s]
                   path = %1$s/shares/%3$s
                   read only = no
                   valid users = %6$s
                   force user = root

                [%4$s]
                   path = %1$s/shares/%4$s
                   read only = yes
                   valid users = %6$s

                [%5$s]
                   path = %1$s/shares/%5$s
                   read only = no
                   valid users = root
                """.formatted(b, port, SambaServer.DATA, SambaServer.READ_ONLY, SambaServer.FORBIDDEN, SambaServer.USER);
    }
}
