package dev.syncopate.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonWriterTest {

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder();
        JsonWriter.quote(s, b);
        return b.toString();
    }

    static Stream<Arguments> escapeCases() {
        return Stream.of(
                Arguments.of("plain", "a.txt", "\"a.txt\""),
                Arguments.of("quote and backslash", "say \"hi\" C:\\dir", "\"say \\\"hi\\\" C:\\\\dir\""),
                Arguments.of("named controls", "a\tb\nc\rd\be\ff", "\"a\\tb\\nc\\rd\\be\\ff\""),
                Arguments.of("other controls", "\u0000\u0001\u001b\u007f", "\"\\u0000\\u0001\\u001b\\u007f\""),
                Arguments.of("line separators", "a\u2028b\u2029c", "\"a\\u2028b\\u2029c\""),
                Arguments.of("unicode kept", "Gr\u00f6\u00dfe \u65e5\u672c \ud83d\ude00",
                        "\"Gr\u00f6\u00dfe \u65e5\u672c \ud83d\ude00\""),
                Arguments.of("lone surrogates", "x\ud800y\udc00", "\"x\\ud800y\\udc00\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapeCases")
    void escapes(String name, String input, String expected) {
        assertEquals(expected, quoted(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a\"b\\c", "\u0001\u001f\t\n", "\u2028\u2029", "/srv/docs/\u00e9t\u00e9", "😀 emoji",
            "x\ud800"})
    void readsBackAsTheSameString(String s) {
        assertEquals(s, MiniJson.parse(quoted(s)));
    }

    @Test
    void writesIndentedDocuments() {
        String json = new JsonWriter().beginObject()
                .name("exitCode").value(3)
                .name("ok").value(true)
                .name("none").nullValue()
                .name("empty").beginArray().endArray()
                .name("nested").beginObject().name("a").value("b").endObject()
                .name("list").beginArray().value(1).value("two").beginObject().endObject().endArray()
                .endObject().toString();
        assertEquals("""
                {
                  "exitCode": 3,
                  "ok": true,
                  "none": null,
                  "empty": [],
                  "nested": {
                    "a": "b"
                  },
                  "list": [
                    1,
                    "two",
                    {}
                  ]
                }
                """, json);
        assertEquals(Map.of("a", "b"), ((Map<?, ?>) MiniJson.parse(json)).get("nested"));
        assertEquals(List.of(1L, "two", Map.of()), ((Map<?, ?>) MiniJson.parse(json)).get("list"));
    }

    @Test
    void refusesMalformedDocuments() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value(1));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("a"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").endObject());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toString());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().value(1).value(2));
    }
}
