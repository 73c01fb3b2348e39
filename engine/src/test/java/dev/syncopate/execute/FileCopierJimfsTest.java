package dev.syncopate.execute;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.scan.Attribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import static dev.syncopate.execute.FileCopierTest.bytes;
import static dev.syncopate.execute.FileCopierTest.list;
import static dev.syncopate.execute.FileCopierTest.mtimeNanos;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FileCopier on other NIO file systems: nothing in it may assume Linux. */
class FileCopierJimfsTest {
    private static final long MTIME = 1_700_000_000_123_456_789L;
    private FileSystem fs;

    @AfterEach
    void close() throws IOException {
        fs.close();
    }

    private Path root(String config) throws IOException {
        fs = Jimfs.newFileSystem(switch (config) {
            case "unix" -> Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").build();
            case "windows" -> Configuration.windows().toBuilder().setAttributeViews("basic", "owner", "dos").build();
            case "plain-unix" -> Configuration.unix();
            default -> Configuration.windows();
        });
        Path dir = fs.getRootDirectories().iterator().next().resolve("work");
        return Files.createDirectories(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "windows", "plain-unix", "plain-windows"})
    void copiesAtomicallyWithNanosecondTimes(String config) throws IOException {
        Path dir = root(config);
        byte[] data = bytes(100_000, 1);
        Path src = Files.write(dir.resolve("a.bin"), data);
        Path dst = Files.write(dir.resolve("b.bin"), "old".getBytes());
        String[] before = new String[1];

        CopyResult r = new FileCopier(t -> before[0] = Files.readString(dst))
                .copy(CopyRequest.of(src, dst, data.length, MTIME).withVerify(true));

        assertEquals("old", before[0]);
        assertArrayEquals(data, Files.readAllBytes(dst));
        assertEquals(MTIME, mtimeNanos(dst));
        assertEquals(data.length, r.bytesWritten());
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void posixModeOnUnix() throws IOException {
        Path dir = root("unix");
        Path src = Files.write(dir.resolve("a"), bytes(10, 2));
        Path dst = dir.resolve("b");
        new FileCopier().copy(CopyRequest.of(src, dst, 10, MTIME).withAttributes(0640, -1));
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(dst));
    }

    @Test
    void dosAttributesOnWindows() throws IOException {
        Path dir = root("windows");
        Path src = Files.write(dir.resolve("a"), bytes(10, 3));
        Path dst = dir.resolve("b");
        int rh = Attribute.READ_ONLY.bit() | Attribute.HIDDEN.bit();

        new FileCopier().copy(CopyRequest.of(src, dst, 10, MTIME).withAttributes(-1, rh));

        DosFileAttributes a = Files.readAttributes(dst, DosFileAttributes.class);
        assertTrue(a.isReadOnly());
        assertTrue(a.isHidden());
        assertFalse(a.isSystem());
        assertFalse(a.isArchive());
    }

    @Test
    void ownersThatCannotBeCopiedAreWarnedAboutOnce() throws IOException {
        Path dir = root("plain-unix"); // only the basic view: no owners at all
        Path src = Files.write(dir.resolve("a"), bytes(10, 4));
        FileCopier copier = new FileCopier();
        CopyFlags dato = CopyFlags.parse("DATO");

        CopyResult first = copier.copy(CopyRequest.of(src, dir.resolve("b"), 10, MTIME).withFlags(dato));
        CopyResult second = copier.copy(CopyRequest.of(src, dir.resolve("c"), 10, MTIME).withFlags(dato));

        assertEquals(List.of(new SyncEvent.Notice("WARNING: file owners cannot be copied (this file system has no"
                + " file owners); /COPY:O is ignored for the rest of this run.")), first.notices());
        assertEquals(List.of(), second.notices());
        assertTrue(Files.exists(dir.resolve("c")), "the copy itself goes on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "windows"})
    void aFailedRenameLeavesNoTemp(String config) throws IOException {
        Path dir = root(config);
        Path src = Files.write(dir.resolve("a"), bytes(10, 5));
        Path dst = Files.createDirectories(dir.resolve("b").resolve("inside")).getParent();

        assertThrows(IOException.class, () -> new FileCopier().copy(CopyRequest.of(src, dst, 10, MTIME)));

        assertEquals(List.of(src, dst), list(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "windows"})
    void restartableResumes(String config) throws IOException {
        Path dir = root(config);
        byte[] data = bytes(300_000, 6);
        Path src = Files.write(dir.resolve("a"), data);
        Path dst = dir.resolve("b");
        Files.write(TempNames.path(dst, data.length, MTIME), Arrays.copyOf(data, 100_000));

        CopyResult r = new FileCopier().copy(CopyRequest.of(src, dst, data.length, MTIME).withRestartable(true));

        assertEquals(100_000, r.resumedFrom());
        assertEquals(200_000, r.bytesWritten());
        assertArrayEquals(data, Files.readAllBytes(dst));
    }
}
