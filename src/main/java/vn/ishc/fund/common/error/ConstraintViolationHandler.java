package vn.ishc.fund.common.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean-validation failures become a 400 problem naming each field and its rule. */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<ApiException.FieldError> errors = exception.getConstraintViolations().stream()
                .map(ConstraintViolationHandler::toFieldError)
                .sorted(Comparator.comparing(e -> String.valueOf(e.field())))
                .toList();
        return ProblemResponses.of(request, HttpStatus.BAD_REQUEST, "validation", errors);
    }

    /** One violation as the rule the API names (also for requests a page builds and validates itself). */
    public static ApiException.FieldError toFieldError(ConstraintViolation<?> v) {
        Annotation annotation = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
        String type = annotation.annotationType().getSimpleName();
        String field = fieldPath(v.getPropertyPath());
        return switch (type) {
            case "NotNull", "NotBlank", "NotEmpty" -> new ApiException.FieldError(field, "required");
            case "Size" -> new ApiException.FieldError(field, "size", attrs.get("min"), attrs.get("max"));
            case "Min", "DecimalMin" -> new ApiException.FieldError(field, "min", attrs.get("value"));
            case "Max", "DecimalMax" -> new ApiException.FieldError(field, "max", attrs.get("value"));
            case "Positive" -> new ApiException.FieldError(field, "positive");
            case "PositiveOrZero" -> new ApiException.FieldError(field, "not-negative");
            case "PastOrPresent" -> new ApiException.FieldError(field, "not-future");
            case "Pattern" -> new ApiException.FieldError(field, "pattern");
            case "Email" -> new ApiException.FieldError(field, "email");
            case "Digits" -> new ApiException.FieldError(field, "digits", attrs.get("fraction"));
            default -> new ApiException.FieldError(field, "invalid");
        };
    }

    /** {@code create.body.members[2].fullName} becomes {@code members[2].fullName}. */
    static String fieldPath(Path path) {
        StringBuilder out = new StringBuilder();
        boolean afterParameter = false;
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                afterParameter = true;
                continue;
            }
            if (!afterParameter && kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if ((node.isInIterable() || kind == ElementKind.CONTAINER_ELEMENT) && node.getIndex() != null && out.length() > 0) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.length() > 0 ? out.toString() : parameter;
    }
}
