package dev.syncopate.execute.throttle;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.execute.CopyRequest;
import dev.syncopate.execute.CopyResult;
import dev.syncopate.execute.FileCopier;
import dev.syncopate.options.Bandwidth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * FileCopier writing through a throttle on another NIO file system (Jimfs, standing in for the SFTP and
 * SMB ones, whose channels are no FileChannelImpl either): the file arrives whole, at the rate.
 */
class ThrottledCopyTest {
    @Test
    void aThrottledCopyOnAnotherFileSystemArrivesWholeAtTheRate() throws IOException {
        FakePaceClock clock = new FakePaceClock();
        FileCopier copier = new FileCopier(Throttle.of(new Bandwidth(256 * 1024, Duration.ZERO), clock));
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            byte[] data = new byte[1 << 20];
            new Random(7).nextBytes(data);
            Path src = Files.write(Files.createDirectories(fs.getPath("/work")).resolve("a.bin"), data);
            Path dst = fs.getPath("/work/b.bin");

            CopyResult r = copier.copy(CopyRequest.of(src, dst, data.length, 1_700_000_000_000_000_000L));

            assertEquals(data.length, r.bytesWritten());
            assertArrayEquals(data, Files.readAllBytes(dst));
            assertEquals(4.0, clock.seconds(), 0.3, "1 MiB at 256 KiB/s");
        }
    }
}
