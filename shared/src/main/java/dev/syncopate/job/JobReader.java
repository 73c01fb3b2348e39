package dev.syncopate.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.syncopate.settings.DidYouMean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads job files strictly: an unknown or repeated setting, a value of the wrong kind and a YAML
 * syntax error each stop the run with one message naming the file and line.
 *
 * <pre>{@code
 * JobFile job = JobReader.read(Path.of("nightly.yaml"));
 * // JobFileException: "nightly.yaml:4: unknown setting 'mirorr' (did you mean 'mirror'?)"
 * // JobFileException: "nightly.yaml:2:6: mapping values are not allowed here"
 * }</pre>
 *
 * <p>Jackson reports a binding error where its parser stopped, which in YAML is often the line after
 * the culprit, so the lines come from a first streaming pass that notes where every key starts
 * ({@link YamlIndex}, which also refuses a second document, tags, aliases and deep nesting).
 */
public final class JobReader {
    /** Lists of names; a wrong value there is reported for the item, which would say "expected text". */
    private static final String SHAPE = "a job file is a mapping of settings, such as 'mirror: true'";
    private static final List<String> LISTS = List.of("files", "exclude.files", "exclude.dirs");

    private JobReader() {
    }

    /** Reads and checks a job file; the message of any failure starts with the file name. */
    public static JobFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new JobFileException("job file " + file + " not found", e);
        } catch (IOException e) {
            throw new JobFileException("cannot read job file " + file + ": " + JobWriter.reason(e), e);
        }
        return parse(text, file.toString());
    }

    /** Reads and checks job text; {@code name} is the file name used in messages. */
    public static JobFile parse(String text, String name) {
        Map<String, Integer> lines = YamlIndex.of(text, name, SHAPE);
        if (lines.isEmpty()) {
            return JobFile.EMPTY;   // nothing but comments: a job that sets nothing
        }
        JobFile job = bind(() -> JobYaml.MAPPER.readValue(text, JobFile.class), name, lines, "", List.of(), SHAPE);
        checkValues(job, name, lines, "");
        return job;
    }

    private static String local(String endpoint) {
        return endpoint == null || dev.syncopate.remote.RemoteLocation.isRemote(endpoint) ? "." : endpoint;
    }

    /** Checks every value of {@code job} (at pointer {@code at}) with the switches' rules, endpoints aside. */
    static void checkValues(JobFile job, String name, Map<String, Integer> lines, String at) {
        try {
            // Endpoints may be left out (/NOSD /NODD); stand-ins let every other value be checked.
            // A remote location is no local path; RemoteLocation checks it where it is opened.
            JobMapping.toOptions(job.withEndpoints(local(job.from()), local(job.to())));
        } catch (SettingException e) {
            Integer line = lines.get(at + "/" + e.setting().replace('.', '/'));
            throw new JobFileException(name + ":" + (line == null ? 1 : line) + ": invalid value for '" + e.setting()
                    + "' (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a value with Jackson; a binding error names the setting, the file and its line. */
    interface Binding<T> {
        T read() throws IOException;
    }

    /**
     * Runs {@code binding}, turning Jackson's errors into {@code file:line:} messages. {@code at} is the JSON
     * pointer of the value bound (the lines are the whole file's), {@code alsoKnown} more names for "did you
     * mean", and {@code shape} what to say when the value is not a mapping at all.
     */
    static <T> T bind(Binding<T> binding, String name, Map<String, Integer> lines, String at,
                      Collection<String> alsoKnown, String shape) {
        try {
            return binding.read();
        } catch (UnrecognizedPropertyException e) {
            List<String> known = new ArrayList<>(e.getKnownPropertyIds().stream().map(Objects::toString).toList());
            if (e.getPath().size() == 1) {
                known.addAll(alsoKnown);
            }
            String parent = setting(e.getPath().subList(0, e.getPath().size() - 1));
            String hint = DidYouMean.closest(e.getPropertyName(), known).map(s -> " (did you mean '" + s + "'?)")
                    .orElse("");
            throw new JobFileException(name + ":" + line(lines, at, e) + ": unknown setting '" + e.getPropertyName()
                    + "'" + (parent.isEmpty() ? "" : " in '" + parent + "'") + hint, e);
        } catch (MismatchedInputException e) {
            String setting = setting(e.getPath());
            if (setting.isEmpty()) {
                throw new JobFileException(name + ":" + line(lines, at, e) + ": " + shape, e);
            }
            throw new JobFileException(name + ":" + line(lines, at, e) + ": invalid value for '" + setting + "' ("
                    + (LISTS.contains(setting) ? "expected a list of names" : expected(e.getTargetType())) + ")", e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException) {
                throw outOfRange(e, name, lines, at);
            }
            throw YamlIndex.syntax(e, name);
        } catch (JsonProcessingException e) {
            throw YamlIndex.syntax(e, name);
        } catch (IOException e) {
            throw new JobFileException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** A number too big for its setting's type, which the parser reports without naming the setting. */
    private static JobFileException outOfRange(JsonMappingException e, String name, Map<String, Integer> lines,
                                               String at) {
        String setting = setting(e.getPath());
        return new JobFileException(name + ":" + line(lines, at, e) + ": invalid value for '" + setting + "' ("
                + JobMapping.countExpectation(setting).orElse("number too large") + ")", e);
    }

    private static int line(Map<String, Integer> lines, String prefix, JsonMappingException e) {
        StringBuilder pointer = new StringBuilder(prefix);
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
        }
        // A value bound from a tree has no location of its own: the nearest key written is where it is.
        for (String p = pointer.toString(); !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Integer at = lines.get(p);
            if (at != null) {
                return at;
            }
        }
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : 1;
    }

    /** The dotted setting name of a binding path, without list indexes: {@code exclude.files}. */
    static String setting(List<JsonMappingException.Reference> path) {
        return String.join(".", path.stream().map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull).toList());
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "expected a whole number";
        }
        if (type == String.class) {
            return "expected text";
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return "expected a list";
        }
        return "expected a mapping of settings";
    }
}
