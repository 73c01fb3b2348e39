package dev.syncopate.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Microsoft C runtime's splitting rules, row by row (the examples of Microsoft's own table included). */
class WindowsCommandLineTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("robocopy C:\\a D:\\b /XF *.tmp", List.of("robocopy", "C:\\a", "D:\\b", "/XF", "*.tmp")),
                Arguments.of("  run\t nightly.sync.groovy  ", List.of("run", "nightly.sync.groovy")),
                Arguments.of("robocopy \"C:\\My Data\" D:\\b", List.of("robocopy", "C:\\My Data", "D:\\b")),
                Arguments.of("\"a b c\" d e", List.of("a b c", "d", "e")),
                Arguments.of("\"ab\\\"c\" \"\\\\\" d", List.of("ab\"c", "\\", "d")),
                Arguments.of("a\\\\\\b d\"e f\"g h", List.of("a\\\\\\b", "de fg", "h")),
                Arguments.of("a\\\\\\\"b c d", List.of("a\\\"b", "c", "d")),
                Arguments.of("a\\\\\\\\\"b c\" d e", List.of("a\\\\b c", "d", "e")),
                Arguments.of("\"say \"\"hi\"\"\"", List.of("say \"hi\"")),
                Arguments.of("/LOG:\"C:\\logs\\\" /TEE", List.of("/LOG:C:\\logs\" /TEE")),
                Arguments.of("/LOG:\"C:\\logs\\\\\" /TEE", List.of("/LOG:C:\\logs\\", "/TEE")),
                Arguments.of("\"\"", List.of("")),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void splitsLikeTheCRuntime(String line, List<String> expected) {
        assertEquals(expected, List.of(WindowsCommandLine.split(line)));
    }
}
