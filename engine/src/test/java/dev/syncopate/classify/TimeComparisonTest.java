package dev.syncopate.classify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeComparisonTest {

    /**
     * Times are written as {@code seconds.nanoseconds} relative to T = 1 700 000 000 s since the
     * epoch (or absolute when they start with {@code @}), so trailing zeros, which tell the
     * resolution a side was stored at, stay visible: {@code 0.123456000} is a microsecond clock.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # name                                              | FFT   | DST   | source           | destination      | expected
            exact nanosecond equality                           | false | false | 0.123456789      | 0.123456789      | SAME
            one nanosecond later, both nanosecond clocks        | false | false | 0.123456789      | 0.123456788      | NEWER
            one nanosecond earlier, both nanosecond clocks      | false | false | 0.123456788      | 0.123456789      | OLDER
            whole seconds on both sides                         | false | false | 5.000000000      | 5.000000000      | SAME
            a whole second apart                                | false | false | 6.000000000      | 5.000000000      | NEWER
            # a destination that keeps whole seconds must not look older forever
            second-resolution destination truncated             | false | false | 0.999999999      | 0.000000000      | SAME
            second-resolution destination, small fraction       | false | false | 0.000000001      | 0.000000000      | SAME
            second-resolution destination rounded up            | false | false | 0.600000001      | 1.000000000      | SAME
            second-resolution destination, next second          | false | false | 1.000000001      | 0.000000000      | NEWER
            second-resolution destination, source really older  | false | false | -1.000000001     | 0.000000000      | OLDER
            second-resolution source, nanosecond destination    | false | false | 0.000000000      | 0.500000001      | SAME
            # microseconds (e.g. a tmpfs or XFS copy kept in a database, SMB with 100 ns)
            microsecond destination                             | false | false | 0.123456789      | 0.123456000      | SAME
            microsecond destination, next microsecond           | false | false | 0.123457789      | 0.123456000      | NEWER
            millisecond destination                             | false | false | 0.123456789      | 0.123000000      | SAME
            100 ns destination (NTFS)                           | false | false | 0.123456789      | 0.123456700      | SAME
            100 ns destination, 200 ns later                    | false | false | 0.123456989      | 0.123456700      | NEWER
            # /FFT: two seconds either way
            FFT: two seconds later                              | true  | false | 2.000000000      | 0.000000000      | SAME
            FFT: two seconds earlier                            | true  | false | -2.000000000     | 0.000000000      | SAME
            FFT: odd second on a FAT volume                     | true  | false | 1.999999999      | 0.000000000      | SAME
            FFT: just over two seconds later                    | true  | false | 2.000000001      | 0.000000000      | NEWER
            FFT: just over two seconds earlier                  | true  | false | -2.000000001     | 0.000000000      | OLDER
            FFT: three seconds                                  | true  | false | 3.000000000      | 0.000000000      | NEWER
            no FFT: two seconds                                 | false | false | 2.000000000      | 0.000000000      | NEWER
            # /DST: exactly one hour either way, at the granularity of the comparison
            DST: one hour later                                 | false | true  | 3600.000000000   | 0.000000000      | SAME
            DST: one hour earlier                               | false | true  | -3600.000000000  | 0.000000000      | SAME
            DST: one hour, nanosecond source                    | false | true  | 3600.123456789   | 0.000000000      | SAME
            DST: one hour and one second                        | false | true  | 3601.000000000   | 0.000000000      | NEWER
            DST: one hour less one second                       | false | true  | 3599.000000000   | 0.000000000      | NEWER
            DST: one hour and a nanosecond, nanosecond clocks   | false | true  | 3600.000000002   | 0.000000001      | NEWER
            DST: one hour, nanosecond clocks                    | false | true  | 3600.000000001   | 0.000000001      | SAME
            DST: two hours                                      | false | true  | 7200.000000000   | 0.000000000      | NEWER
            DST: one hour earlier and a second                  | false | true  | -3601.000000000  | 0.000000000      | OLDER
            no DST: one hour                                    | false | false | 3600.000000000   | 0.000000000      | NEWER
            no DST: one hour earlier                            | false | false | -3600.000000000  | 0.000000000      | OLDER
            FFT DST: one hour and two seconds                   | true  | true  | 3602.000000000   | 0.000000000      | SAME
            FFT DST: one hour less two seconds                  | true  | true  | 3598.000000000   | 0.000000000      | SAME
            FFT DST: one hour and three seconds                 | true  | true  | 3603.000000000   | 0.000000000      | NEWER
            # before 1970: negative nanoseconds
            negative times equal                                | false | false | @-1.500000000    | @-1.500000000    | SAME
            negative, second-resolution destination             | false | false | @-0.700000000    | @-1.000000000    | SAME
            1959 with a fraction, copy kept the second below    | false | false | @-340394887.5    | @-340394888.0    | SAME
            negative, older                                     | false | false | @-10.000000000   | @-5.000000000    | OLDER
            negative, newer                                     | false | false | @-5.000000000    | @-10.000000000   | NEWER
            across the epoch, nanosecond clocks                 | false | false | @0.000000001     | @-0.000000001    | NEWER
            1900 vs 2023                                        | false | false | @-2208988800.0   | @1700000000.0    | OLDER
            FFT negative within two seconds                     | true  | false | @-3.000000000    | @-1.500000000    | SAME
            """)
    void compare(String name, boolean fft, boolean dst, String source, String destination, FileClass expected) {
        int c = new TimeComparison(fft, dst).compare(nanos(source), nanos(destination));
        FileClass actual = c == 0 ? FileClass.SAME : c > 0 ? FileClass.NEWER : FileClass.OLDER;
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            clamped far future vs now           | 9223372036854775807  | 1700000000000000000  | NEWER
            clamped far past vs now             | -9223372036854775808 | 1700000000000000000  | OLDER
            now vs clamped far past             | 1700000000000000000  | -9223372036854775808 | NEWER
            clamped far past vs the epoch       | -9223372036854775808 | 0                    | OLDER
            both clamped to the far future      | 9223372036854775807  | 9223372036854775807  | SAME
            """)
    void extremesDoNotOverflow(String name, long source, long destination, FileClass expected) {
        for (boolean fft : new boolean[] {false, true}) {
            for (boolean dst : new boolean[] {false, true}) {
                int c = new TimeComparison(fft, dst).compare(source, destination);
                FileClass actual = c == 0 ? FileClass.SAME : c > 0 ? FileClass.NEWER : FileClass.OLDER;
                assertEquals(expected, actual, "fft=" + fft + " dst=" + dst);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SFTP whole seconds: truncated copy is same          | 1000000000 | 10.400000000 | 10.000000000 | SAME
            SFTP whole seconds: next second is newer            | 1000000000 | 11.200000000 | 10.000000000 | NEWER
            SFTP whole seconds: source of whole seconds too     | 1000000000 | 10.000000000 | 10.000000000 | SAME
            SFTP whole seconds: a second older is older         | 1000000000 | 9.000000000  | 10.000000000 | OLDER
            FAT share rounds odd seconds up                     | 2000000000 | 11.000000000 | 12.000000000 | SAME
            FAT share: four seconds apart is newer              | 2000000000 | 16.000000000 | 12.000000000 | NEWER
            SMB 100 ns: nanosecond source truncated             | 100        | 10.123456789 | 10.123456700 | SAME
            SMB 100 ns: a microsecond apart is newer            | 100        | 10.123457789 | 10.123456700 | NEWER
            no floor keeps nanoseconds                          | 0          | 10.123456789 | 10.123456788 | NEWER
            """)
    void floorFromTheFileSystem(String name, long floor, String source, String destination, FileClass expected) {
        int c = new TimeComparison(false, false, floor).compare(nanos(source), nanos(destination));
        FileClass actual = c == 0 ? FileClass.SAME : c > 0 ? FileClass.NEWER : FileClass.OLDER;
        assertEquals(expected, actual);
    }

    /** {@code s.nnnnnnnnn} after T, or {@code @s.nnnnnnnnn} since the epoch. */
    static long nanos(String text) {
        boolean absolute = text.startsWith("@");
        java.math.BigDecimal seconds = new java.math.BigDecimal(absolute ? text.substring(1) : text);
        if (!absolute) {
            seconds = seconds.add(java.math.BigDecimal.valueOf(1_700_000_000L));
        }
        return seconds.movePointRight(9).longValueExact();
    }
}
