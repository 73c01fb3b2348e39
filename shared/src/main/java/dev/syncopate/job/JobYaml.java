package dev.syncopate.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import java.io.IOException;

/**
 * The one YAML mapper for job files, strict on reading and terse on writing (unset settings are left
 * out, no {@code ---} line).
 *
 * <p>Reading takes a value only in its own type: a switch is {@code true} or {@code false}, not
 * {@code yes}, {@code on}, {@code "true"} or {@code 1} (YAML 1.1's yes/no words stay text); a count is a
 * plain whole number, not {@code '3'} or {@code ''}; a name or path is text, not {@code 3} or
 * {@code true}. Unknown keys, duplicate keys and fractional counts are errors, and nesting deeper than
 * {@link #MAX_DEPTH} stops the parser. (A key with no value, {@code threads:}, is refused by
 * {@link YamlIndex}: a record binds it as "not set".)
 */
final class JobYaml {
    /** Lists and mappings inside each other; a job needs four, anything near this is a mistake or an attack. */
    static final int MAX_DEPTH = 100;

    static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .stringQuotingChecker(new QuoteNumberLikeText())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // files: '*.txt' is read as a list of one, as a person would mean it
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)   // 'threads:' is null, as YAML says; '' stays text
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private JobYaml() {
    }

    /** Quotes text that would read back as a number ({@code 2024}, {@code 1e3}, {@code 0x1F}): a name is text. */
    private static final class QuoteNumberLikeText extends StringQuotingChecker.Default {
        private static final YAMLFactory PLAIN = new YAMLFactory();

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || readsAsNumber(value);
        }

        /** Asks the parser itself, whose idea of a number (underscores, hex, exponents) is its own. */
        private static boolean readsAsNumber(String value) {
            if (value.isEmpty() || !(Character.isDigit(value.charAt(0)) || "+-.".indexOf(value.charAt(0)) >= 0)) {
                return false;
            }
            try (JsonParser p = PLAIN.createParser(value)) {
                JsonToken t = p.nextToken();
                return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
            } catch (IOException e) {
                return false;   // no plain scalar at all: the default check quotes what needs it
            }
        }
    }
}
