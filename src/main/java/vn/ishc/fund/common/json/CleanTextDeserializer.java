package vn.ishc.fund.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import vn.ishc.fund.common.text.Texts;

import java.io.IOException;

/**
 * Every JSON string the API reads: control characters and broken surrogates refused
 * ({@link Texts#unacceptable}), the rest composed to NFC so "Nguyễn" is stored in one form however
 * the phone typed it. Jackson's own reading (and its coercion rules) runs first.
 */
final class CleanTextDeserializer extends StdScalarDeserializer<String> {

    CleanTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        String rule = Texts.unacceptable(text);
        if (rule != null) {
            throw new JsonRuleException(p, String.class, rule);
        }
        return Texts.nfc(text);
    }
}
