package dev.syncopate.dsl.js;

/**
 * A hook or filter written in JavaScript: {@code js('f => f.size < 1e6')} in a Groovy script,
 * {@code filter: {js: "f => f.size < 1e6"}} in a YAML sync file. The source evaluates to a function
 * that receives the same file view as Groovy hooks.
 *
 * <pre>{@code
 * JsHook h = new JsHook("check.js", 1, "f => !f.name.endsWith('.lock')");
 * }</pre>
 *
 * @param name   where the source comes from, for messages: a file name, or the script and its line
 * @param line   the line of {@code name} the source starts on (1 for a file)
 * @param source the JavaScript text
 */
public record JsHook(String name, int line, String source) {
}
