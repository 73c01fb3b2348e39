package dev.syncopate.select;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamePatternsTest {

    /** Patterns are separated by {@code ;} in the first column. */
    @ParameterizedTest(name = "[{0}] vs {2} ({3}) -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # names match at any depth, without case
            Temp                 | Temp      | Temp                  | /srv/docs/Temp                  | true
            Temp                 | Temp      | a/b/Temp              | /srv/docs/a/b/Temp              | true
            temp                 | TEMP      | a/TEMP                | /srv/docs/a/TEMP                | true
            Temp                 | Temp2     | Temp2                 | /srv/docs/Temp2                 | false
            # a name pattern never looks at the parent directories
            Temp                 | x.txt     | Temp/x.txt            | /srv/docs/Temp/x.txt            | false
            *.tmp                | x.tmp     | a/x.tmp               | /srv/docs/a/x.tmp               | true
            *.tmp;~*             | ~lock     | ~lock                 | /srv/docs/~lock                 | true
            # a relative path matches below the root at any depth, on component boundaries
            build/out            | out       | build/out             | /srv/docs/build/out             | true
            build/out            | out       | a/b/build/out         | /srv/docs/a/b/build/out         | true
            build/out            | out       | a/xbuild/out          | /srv/docs/a/xbuild/out          | false
            build/out            | x         | build/out/x           | /srv/docs/build/out/x           | false
            build/out            | out       | out                   | /srv/docs/out                   | false
            BUILD/Out            | out       | build/out             | /srv/docs/build/out             | true
            src/*.tmp            | a.tmp     | src/a.tmp             | /srv/docs/src/a.tmp             | true
            src/*.tmp            | a.tmp     | lib/a.tmp             | /srv/docs/lib/a.tmp             | false
            # backslashes are separators
            build\\out           | out       | a/build/out           | /srv/docs/a/build/out           | true
            # trailing separators are ignored: a name stays a name, a path a path
            Temp/                | Temp      | a/Temp                | /srv/docs/a/Temp                | true
            Temp\\               | Temp      | a/Temp                | /srv/docs/a/Temp                | true
            build/out/           | out       | x/build/out           | /srv/docs/x/build/out           | true
            build/out//          | out       | build/out             | /srv/docs/build/out             | true
            # absolute paths match that one place only
            /srv/docs/cache      | cache     | cache                 | /srv/docs/cache                 | true
            /srv/docs/cache      | cache     | a/cache               | /srv/docs/a/cache               | false
            /srv/docs/cache      | cache     | srv/docs/cache        | /mnt/srv/docs/cache             | false
            /srv/docs/cache/     | cache     | cache                 | /srv/docs/cache                 | true
            C:\\Data\\Cache      | cache     | cache                 | C:/Data/cache                   | true
            C:\\Data\\Cache      | cache     | cache                 | D:/Data/cache                   | false
            \\\\nas\\share\\tmp  | tmp       | tmp                   | //nas/share/tmp                 | true
            # a leading wildcard segment
            */node_modules       | node_modules | node_modules       | /srv/docs/node_modules          | true
            */node_modules       | node_modules | a/b/node_modules   | /srv/docs/a/b/node_modules      | true
            """)
    void matches(String patterns, String name, String relative, String absolute, boolean expected) {
        NamePatterns p = NamePatterns.of(List.of(patterns.split(";")));
        assertEquals(expected, p.matches(name, relative, absolute));
    }

    @Test
    void emptyListMatchesNothing() {
        NamePatterns none = NamePatterns.of(List.of());
        assertTrue(none.isEmpty());
        assertFalse(none.matches("a", "a", "/a"));
        assertFalse(NamePatterns.of(List.of("x")).isEmpty());
        assertFalse(NamePatterns.of(List.of("a/b")).isEmpty());
    }
}
