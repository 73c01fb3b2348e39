package dev.syncopate.fs;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * File names as the C library takes them, for the Linux fast paths (JDK 22+): bytes in the charset
 * the JDK uses for file names ({@code sun.jnu.encoding}), so a path means the same file to libc as to
 * {@code java.nio}. A name that charset cannot encode exactly is refused (null), and the caller takes
 * the portable path.
 *
 * <pre>{@code
 * MemorySegment c = NativePaths.encode(arena, path.toString());   // null: not exactly encodable
 * }</pre>
 */
public final class NativePaths {
    /** The charset of file names, as the JDK reads and writes them. */
    public static final Charset CHARSET = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));

    private NativePaths() {
    }

    /** {@code path} as a NUL-terminated string in {@code arena}, or null when it cannot be encoded exactly. */
    public static MemorySegment encode(Arena arena, String path) {
        try {
            ByteBuffer b = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(path));
            MemorySegment s = arena.allocate(b.remaining() + 1L);   // zeroed: the last byte ends the string
            MemorySegment.copy(MemorySegment.ofBuffer(b), 0, s, 0, b.remaining());
            return s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
