package dev.syncopate.options;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast a run may write file data: {@code /BWLIMIT:rate} ({@code bandwidth 10.MB} in the DSL) and
 * Robocopy's {@code /IPG:n}. Both hold for local and remote copies.
 *
 * <pre>{@code
 * Bandwidth b = new Bandwidth(10L << 20, Duration.ZERO);    // 10 MiB/s, shared by all threads
 * Bandwidth g = new Bandwidth(0, Duration.ofMillis(50));    // /IPG:50, no shared rate
 * Bandwidth.NONE.limited();                                 // false: the kernel's copy path
 * }</pre>
 *
 * @param bytesPerSecond the rate all copies of a run share together (all {@code /MT} threads); 0 for none
 * @param packetGap      {@code /IPG}: the pause after each 64 KiB block a copy writes, as Robocopy
 *                       makes it; zero for none. It is per copy, so {@code /MT:4} makes four gaps at once.
 */
public record Bandwidth(long bytesPerSecond, Duration packetGap) {
    /** No limit: data goes through the kernel ({@code copy_file_range}) at full speed. */
    public static final Bandwidth NONE = new Bandwidth(0, Duration.ZERO);

    public Bandwidth {
        Objects.requireNonNull(packetGap, "packetGap");
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("bytesPerSecond must not be negative, not " + bytesPerSecond);
        }
        if (packetGap.isNegative()) {
            throw new IllegalArgumentException("packetGap must not be negative, not " + packetGap);
        }
    }

    /** True when copies must be paced: data then goes through the JVM in blocks, not the kernel's copy. */
    public boolean limited() {
        return bytesPerSecond > 0 || !packetGap.isZero();
    }

    /** This limit with another shared rate (0: none). */
    public Bandwidth withRate(long perSecond) {
        return new Bandwidth(perSecond, packetGap);
    }

    /** This limit with another {@code /IPG} gap. */
    public Bandwidth withPacketGap(Duration gap) {
        return new Bandwidth(bytesPerSecond, gap);
    }
}
