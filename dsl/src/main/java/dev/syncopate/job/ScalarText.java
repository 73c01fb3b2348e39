package dev.syncopate.job;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * Writes a setting kept as text ({@code size.max}, {@code age.min}, {@code wait}) as a plain YAML
 * number when it is one, so a saved job reads {@code max: 1048576} rather than {@code max: '1048576'}.
 * Reading accepts both forms.
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
}
