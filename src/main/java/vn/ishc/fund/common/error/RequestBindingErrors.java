package vn.ishc.fund.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns a JSON binding failure into the field and rule the client broke. */
final class RequestBindingErrors {

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
        if (!(e instanceof JsonMappingException mapping)) {
            return new ApiException.FieldError(null, "malformed-json");
        }
        String field = path(mapping);
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
                String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return new ApiException.FieldError(field, "enum", allowed);
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

    private static Class<?> boxed(Class<?> type) {
        if (type == int.class) return Integer.class;
        if (type == long.class) return Long.class;
        if (type == short.class) return Short.class;
        if (type == byte.class) return Byte.class;
        return type;
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
