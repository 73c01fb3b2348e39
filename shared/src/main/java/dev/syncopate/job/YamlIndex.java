package dev.syncopate.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The first, streaming pass over a YAML file: notes the line where every key and list item starts (by
 * JSON pointer), and refuses what the binding would otherwise take silently or choke on, each as one
 * {@code file:line:} message.
 *
 * <pre>{@code
 * Map<String, Integer> lines = YamlIndex.of("from: a\nto: b\n", "nightly.yaml", shape);
 * // {"": 1, "/from": 1, "/to": 2}
 * // JobFileException: "nightly.yaml:4: a second YAML document starts here; the file must hold only one"
 * // JobFileException: "nightly.yaml:2: unknown YAML tag '!foo' (write the value without a tag)"
 * // JobFileException: "nightly.yaml:3: invalid value for 'threads' (no value; give one, or leave the key out)"
 * // JobFileException: "nightly.yaml:2: YAML alias '*src' is not supported (write the value out)"
 * // JobFileException: "nightly.yaml:3: nested too deeply (more than 100 levels of lists and mappings)"
 * }</pre>
 *
 * <p>The binding would read only the first of several documents, take a key with no value as one not
 * written, a value with a custom tag as plain text and an alias as its anchor's name ({@code to: *backup}
 * as the folder "backup"), so these are stopped here, where the parser still knows the line.
 */
final class YamlIndex {
    private static final String CORE = "tag:yaml.org,2002:";
    /** The tags of YAML's core schema, which only say what the value already is. */
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");

    private YamlIndex() {
    }

    /**
     * Where each key and list item of {@code text} starts, by JSON pointer; empty for a document with no
     * content. {@code name} is the file name for messages, {@code shape} the message for a document that
     * is not a mapping.
     */
    static Map<String, Integer> of(String text, String name, String shape) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = JobYaml.MAPPER.createParser(text)) {
            boolean documentDone = false;
            JsonToken t;
            while ((t = next(p, name)) != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (documentDone) {
                    throw new JobFileException(name + ":" + line
                            + ": a second YAML document starts here; the file must hold only one");
                }
                refuseTagAndAlias(p, name, line);
                documentDone = p.getParsingContext().inRoot();   // the document's last token, or its only one
                if (lines.isEmpty() && t != JsonToken.START_OBJECT) {
                    if (t == JsonToken.VALUE_NULL) {
                        continue;   // a document holding only "~" or "null": no settings
                    }
                    throw new JobFileException(name + ":" + line + ": " + shape);
                }
                if (t == JsonToken.VALUE_NULL && p.getParsingContext().inObject()) {
                    throw new JobFileException(name + ":" + line + ": invalid value for '" + setting(p)
                            + "' (no value; give one, or leave the key out)");
                }
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line);
            }
        } catch (JsonProcessingException e) {
            throw syntax(e, name);
        } catch (IOException e) {
            throw new JobFileException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return lines;
    }

    /**
     * The dotted name of the key the parser is at, from the last list item on, as messages name settings:
     * {@code exclude.files} for {@code /sync/0/exclude/files}.
     */
    private static String setting(JsonParser p) {
        Deque<String> names = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inArray(); c = c.getParent()) {
            if (c.getCurrentName() != null) {
                names.addFirst(c.getCurrentName());
            }
        }
        return String.join(".", names);
    }

    /** The next token; nesting past the limit is reported at the line the parser reached. */
    private static JsonToken next(JsonParser p, String name) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            throw new JobFileException(name + ":" + p.currentLocation().getLineNr() + ": nested too deeply (more than "
                    + JobYaml.MAX_DEPTH + " levels of lists and mappings)", e);
        }
    }

    private static void refuseTagAndAlias(JsonParser p, String name, int line) throws IOException {
        Object id = p.getTypeId();   // the tag without its leading '!'s; core tags in full
        String tag = id == null ? null : id.toString();
        if (tag != null && !(tag.startsWith(CORE) && CORE_TAGS.contains(tag.substring(CORE.length())))) {
            String written = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
            throw new JobFileException(name + ":" + line + ": unknown YAML tag '" + written
                    + "' (write the value without a tag)");
        }
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new JobFileException(name + ":" + line + ": YAML alias '*" + p.getText()
                    + "' is not supported (write the value out)");
        }
    }

    /** A YAML syntax error as {@code file:line:column: problem}, or {@code file:line:} where no column is known. */
    static JobFileException syntax(JsonProcessingException e, String name) {
        JsonLocation at = e.getLocation();
        // SnakeYAML's message interleaves its sentences with indented excerpts: keep the sentences.
        String problem = String.join(": ", e.getOriginalMessage().lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList());
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        if (problem.startsWith("Duplicate field '")) {
            String key = problem.substring("Duplicate field '".length(), problem.lastIndexOf('\''));
            return new JobFileException(name + ":" + line + ": setting '" + key + "' is given twice", e);
        }
        String column = at == null || at.getColumnNr() < 1 ? "" : ":" + at.getColumnNr();
        return new JobFileException(name + ":" + line + column + ": " + problem, e);
    }
}
