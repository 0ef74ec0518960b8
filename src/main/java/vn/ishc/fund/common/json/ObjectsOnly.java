package vn.ishc.fund.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;

/**
 * A request object (every DTO record) is read from a JSON object only. Micronaut's introspection
 * offers to build a record from a bare {@code 123}, {@code true} or {@code 1.5} and then fails with an
 * IllegalArgumentException (a 500); a string or an array reached Jackson's generic errors. Here each
 * is rule {@code body-object} for the whole body, or {@code object} for a nested field.
 */
final class ObjectsOnly extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                  JsonDeserializer<?> deserializer) {
        return deserializer instanceof BeanDeserializerBase ? new Guard(deserializer) : deserializer;
    }

    private static final class Guard extends DelegatingDeserializer {

        Guard(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Guard(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            // inside an object Jackson may hand over at the first field name, or at the end of {}
            if (token != JsonToken.START_OBJECT && token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
                // at [ the parser has entered the array: the value's own context is its parent
                JsonStreamContext at = token == JsonToken.START_ARRAY ? p.getParsingContext().getParent()
                        : p.getParsingContext();
                boolean root = at == null || at.inRoot();
                throw new JsonRuleException(p, handledType(), root ? "body-object" : "object");
            }
            return super.deserialize(p, ctxt);
        }
    }
}
