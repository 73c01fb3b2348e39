package dev.syncopate.select;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WildcardTest {

    @ParameterizedTest(name = "''{0}'' vs ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # star
            *             | anything          | true
            *             | ""                | true
            *             | .bashrc           | true
            # *.* is Robocopy's "every file", dotted or not
            *.*           | Makefile          | true
            *.*           | a.b               | true
            *.*           | .bashrc           | true
            *.*           | ""                | true
            # suffix patterns
            *.tmp         | x.tmp             | true
            *.tmp         | REPORT.TMP        | true
            *.tmp         | .tmp              | true
            *.tmp         | tmp               | false
            *.tmp         | x.tmp.bak         | false
            *.tmp         | x.tmpl            | false
            # question mark: exactly one character
            ?.txt         | a.txt             | true
            ?.txt         | ab.txt            | false
            ?.txt         | .txt              | false
            a?c           | abc               | true
            a?c           | ac                | false
            a?c           | abbc              | false
            ??            | ab                | true
            ??            | a                 | false
            # prefix and infix
            ~*            | ~lock             | true
            ~*            | lock~             | false
            *a*b*         | xxaYYbzz          | true
            *a*b*         | xxbYYazz          | false
            # backtracking over earlier partial matches
            *ab           | aab               | true
            a*a*a         | aaa               | true
            a*a*a         | aa                | false
            *.tar.gz      | x.tar.tar.gz      | true
            # a dot in the pattern is literal
            *.            | a.                | true
            *.            | a                 | false
            # literal names, compared without case
            desktop.ini   | Desktop.INI       | true
            desktop.ini   | desktop.ini.bak   | false
            desktop.ini   | xdesktop.ini      | false
            Thumbs.db     | thumbs.db         | true
            # no regular-expression meaning anywhere
            a+b(1).txt    | A+B(1).TXT        | true
            [abc]         | [ABC]             | true
            [abc]         | a                 | false
            a.c           | abc               | false
            # non-ASCII letters fold too
            Über*         | übersicht.doc     | true
            """)
    void matches(String pattern, String text, boolean expected) {
        assertEquals(expected, new Wildcard(pattern).matches(text));
    }
}
