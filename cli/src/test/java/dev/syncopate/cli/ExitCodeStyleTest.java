package dev.syncopate.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExitCodeStyleTest {

    @Test
    void simpleMapsSuccessCodesToZeroAndFailuresToOne() {
        int[] expected = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        for (int code = 0; code <= 24; code++) {
            assertEquals(expected[code], ExitCodeStyle.SIMPLE.map(code), "simple " + code);
            assertEquals(code, ExitCodeStyle.ROBOCOPY.map(code), "robocopy " + code);
        }
    }

    @Test
    void theConverterTakesAnyCaseAndExplainsOtherValues() {
        ExitCodeStyle.Converter c = new ExitCodeStyle.Converter();
        assertEquals(ExitCodeStyle.SIMPLE, c.convert("Simple"));
        assertEquals(ExitCodeStyle.ROBOCOPY, c.convert("robocopy"));
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                () -> c.convert("binary"));
        assertEquals("'binary' is not an exit-code style; use 'robocopy' (the bitmask, the default) or 'simple'"
                + " (0-7 -> 0, 8 and more -> 1)", e.getMessage());
    }
}
