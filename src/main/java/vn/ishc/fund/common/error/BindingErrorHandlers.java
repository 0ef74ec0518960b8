package vn.ishc.fund.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.List;

/** Malformed bodies and parameters: 400 problems naming the field, never a 500. */
final class BindingErrorHandlers {

    private BindingErrorHandlers() {
    }

    static HttpResponse<Problem> badRequest(HttpRequest<?> request, ApiException.FieldError error) {
        return ProblemResponses.of(request, HttpStatus.BAD_REQUEST, "validation", List.of(error));
    }

    @Produces
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
            String name = e.getArgument().getName();
            String field = "body".equals(name) || "request".equals(name) ? null : name;
            Class<?> type = e.getArgument().getType();
            if (field != null && type.isEnum()) {
                // a query or path value that names no constant: say which names there are
                return badRequest(request, RequestBindingErrors.enumError(field, type));
            }
            return badRequest(request, RequestBindingErrors.fromCause(e.getConversionError().getCause(), field));
        }
    }

    @Produces
    @Singleton
    @Replaces(UnsatisfiedArgumentHandler.class)
    static class Unsatisfied implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedArgumentException e) {
            String name = e.getArgument().getName();
            boolean body = "body".equals(name) || "request".equals(name);
            return badRequest(request, new ApiException.FieldError(body ? null : name, body ? "body-required" : "required"));
        }
    }

    /** A required body (or other route argument) that the request does not carry at all. */
    @Produces
    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    static class UnsatisfiedRoute implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedRouteException e) {
            boolean body = e instanceof UnsatisfiedBodyRouteException;
            return badRequest(request, new ApiException.FieldError(body ? null : e.getArgument().getName(),
                    body ? "body-required" : "required"));
        }
    }

    @Produces
    @Singleton
    @Replaces(JsonExceptionHandler.class)
    static class JsonSyntax implements ExceptionHandler<JsonSyntaxException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, JsonSyntaxException e) {
            ApiException.FieldError error = RequestBindingErrors.fromCause(e.getCause(), null);
            return badRequest(request, "invalid-type".equals(error.rule()) && error.field() == null
                    ? new ApiException.FieldError(null, "malformed-json") : error);
        }
    }

    @Produces
    @Singleton
    static class Jackson implements ExceptionHandler<JsonProcessingException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, JsonProcessingException e) {
            return badRequest(request, RequestBindingErrors.fromJackson(e));
        }
    }

    @Produces
    @Singleton
    static class Codec implements ExceptionHandler<CodecException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CodecException e) {
            return badRequest(request, RequestBindingErrors.fromCause(e, null));
        }
    }
}
