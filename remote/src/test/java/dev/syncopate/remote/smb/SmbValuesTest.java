package dev.syncopate.remote.smb;

import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.hierynomus.mssmb2.SMB2CreateDisposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The small pure parts: accounts, times, file system info, open options. */
class SmbValuesTest {

    private static RemoteLogin login(String user) {
        return new RemoteLogin(user, "s3cret", null, null, List.of(), null);
    }

    @Test
    void domainAndUserAreSplitAtTheBackslash() {
        RemoteLocation l = RemoteLocation.parse("smb://fs01/data");
        SmbAccount a = SmbAccount.of(l, login("CORP\\backup"));
        assertEquals("CORP", a.domain());
        assertEquals("backup", a.user());
        assertEquals("CORP\\backup", a.display());
        assertFalse(a.toString().contains("s3cret"));
        assertEquals("", SmbAccount.of(l, login("backup")).domain());
    }

    @Test
    void theUrlUserServesWhenTheLoginNamesNone() {
        SmbAccount a = SmbAccount.of(RemoteLocation.parse("smb://WORK%5Calice@fs01/data"), login(null));
        assertEquals("WORK", a.domain());
        assertEquals("alice", a.user());
    }

    @Test
    void timesKeepTheir100NanosecondSteps() {
        FileTime t = FileTime.from(Instant.parse("2024-03-01T10:00:00.123456789Z"));
        assertEquals(FileTime.from(Instant.parse("2024-03-01T10:00:00.123456700Z")), SmbTimes.toNio(SmbTimes.toSmb(t)));
        FileTime old = FileTime.from(Instant.parse("1700-01-01T00:00:00.0000001Z"));
        assertEquals(old, SmbTimes.toNio(SmbTimes.toSmb(old)));
        FileTime far = FileTime.from(Instant.parse("2900-01-01T00:00:00Z"));   // beyond a long of nanoseconds
        assertEquals(far, SmbTimes.toNio(SmbTimes.toSmb(far)));
    }

    private static byte[] fsAttributeInformation(String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_16LE);
        return ByteBuffer.allocate(12 + n.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0x3).putInt(255).putInt(n.length).put(n).array();
    }

    @Test
    void fatSharesCompareTimesToTwoSeconds() {
        FsInfo fat = FsInfo.parse(fsAttributeInformation("FAT32"));
        assertEquals("FAT32", fat.name());
        assertEquals(Duration.ofSeconds(2), fat.timeGranularity());
        assertEquals("smb://nas/usb keeps times in 2 s steps (FAT32)", fat.timeGranularityReason("smb://nas/usb"));
        FsInfo ntfs = FsInfo.parse(fsAttributeInformation("NTFS"));
        assertEquals(Duration.ofNanos(100), ntfs.timeGranularity());
        assertEquals("smb://fs01/data keeps times in 100 ns steps (NTFS)", ntfs.timeGranularityReason("smb://fs01/data"));
    }

    @Test
    void openOptionsBecomeCreateDispositions() {
        assertEquals(SMB2CreateDisposition.FILE_OPEN,
                SmbFileSystemProvider.disposition(Set.of(StandardOpenOption.READ), false));
        assertEquals(SMB2CreateDisposition.FILE_OVERWRITE_IF, SmbFileSystemProvider.disposition(
                Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING), true));
        assertEquals(SMB2CreateDisposition.FILE_OPEN_IF, SmbFileSystemProvider.disposition(
                Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE), true));
        assertEquals(SMB2CreateDisposition.FILE_CREATE, SmbFileSystemProvider.disposition(
                Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW), true));
        assertEquals(SMB2CreateDisposition.FILE_OPEN, SmbFileSystemProvider.disposition(
                Set.of(StandardOpenOption.WRITE), true));
    }
}
