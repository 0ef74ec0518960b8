package vn.ishc.fund.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import vn.ishc.fund.common.json.JsonRuleException;
import vn.ishc.fund.common.json.StrictUtf8JsonFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.Collectors;

/** Turns a JSON binding failure into the field and rule the client broke. */
final class RequestBindingErrors {

    private static final String DUPLICATE_FIELD = "Duplicate field '";

    private RequestBindingErrors() {
    }

    static ApiException.FieldError fromCause(Throwable error, String fallbackField) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ApiException api && !api.fieldErrors().isEmpty()) {
                return api.fieldErrors().get(0);
            }
            if (t instanceof JsonProcessingException json) {
                return fromJackson(json);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new ApiException.FieldError(fallbackField, "invalid-type");
    }

    static ApiException.FieldError fromJackson(JsonProcessingException e) {
        // the parser's own errors arrive wrapped (with a path) when they happen inside a list
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof StrictUtf8JsonFactory.InvalidUtf8) {
                return new ApiException.FieldError(null, "invalid-utf8");
            }
            if (t instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
                // jackson.parser.strictDuplicateDetection: the parser stands on the repeated name
                return new ApiException.FieldError(path(parse.getProcessor()), "duplicate-field");
            }
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new ApiException.FieldError(null, "malformed-json");
        }
        String field = path(mapping);
        if (mapping instanceof JsonRuleException rule) {
            return new ApiException.FieldError(field, rule.rule(), rule.args());
        }
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return new ApiException.FieldError(field, "unknown-field", unknown.getPropertyName());
        }
        if (mapping instanceof InvalidNullException) {
            return new ApiException.FieldError(field, "required");
        }
        if (mapping instanceof ValueInstantiationException vie && vie.getCause() instanceof ApiException api
                && !api.fieldErrors().isEmpty()) {
            return api.fieldErrors().get(0);
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return enumError(field, target);
            }
            if (target == LocalDate.class) {
                return new ApiException.FieldError(field, "date");
            }
            if (target == BigDecimal.class) {
                return new ApiException.FieldError(field, "number");
            }
            if (Number.class.isAssignableFrom(boxed(target))) {
                return new ApiException.FieldError(field, "integer");
            }
            if (target == Boolean.class || target == boolean.class) {
                return new ApiException.FieldError(field, "boolean");
            }
            if (mapping instanceof InvalidFormatException) {
                return new ApiException.FieldError(field, "invalid-type");
            }
        }
        if (mapping.getCause() instanceof java.time.DateTimeException) {
            return new ApiException.FieldError(field, "date");
        }
        return new ApiException.FieldError(field, field == null ? "malformed-json" : "invalid-type");
    }

    static ApiException.FieldError enumError(String field, Class<?> enumType) {
        String allowed = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        return new ApiException.FieldError(field, "enum", allowed);
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == int.class) return Integer.class;
        if (type == long.class) return Long.class;
        if (type == short.class) return Short.class;
        if (type == byte.class) return Byte.class;
        return type;
    }

    /** {@code lines[2].fee} for the name the parser has just read. */
    private static String path(JsonParser parser) {
        if (parser == null) {
            return null;
        }
        Deque<Object> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray()) {
                parts.push(Math.max(c.getCurrentIndex(), 0));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.length() > 0 ? "." : "").append(part);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
