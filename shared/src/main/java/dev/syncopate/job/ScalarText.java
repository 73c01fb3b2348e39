package dev.syncopate.job;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * Writes a setting kept as text ({@code size.max}, {@code age.min}, {@code wait}) as a plain YAML
 * number when it is one, so a saved job reads {@code max: 1048576} rather than {@code max: '1048576'}.
 * Reading accepts both forms ({@link Reader}).
 */
final class ScalarText extends StdSerializer<String> {
    ScalarText() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            gen.writeNumber(value);
        } else {
            gen.writeString(value);
        }
    }

    /**
     * Reads such a setting as the text of any scalar as written ({@code 7}, {@code 7.5}, {@code 5s}), where
     * other text settings refuse a number: the setting's own rule then says what it takes.
     */
    static final class Reader extends StdScalarDeserializer<String> {
        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isScalarValue()) {
                return p.getText();
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }
}
