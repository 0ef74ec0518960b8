package vn.ishc.fund.common.paging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.error.ProblemResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every request's query parameters against those its controller method declares with
 * {@code @QueryValue} ({@link QueryParameterRules}), before the method runs: one place for every
 * endpoint, so a new endpoint is covered without a line of its own. Runs after security (an
 * anonymous caller learns nothing about parameters) and only for this service's own controllers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class QueryParameterFilter implements Ordered {

    private static final String OWN_PACKAGE = "vn.ishc.fund.";

    private final Map<RouteInfo<?>, Map<String, Class<?>>> declaredByRoute = new ConcurrentHashMap<>();

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        RouteInfo<?> route = RouteAttributes.getRouteInfo(request).orElse(null);
        if (!(route instanceof MethodBasedRouteInfo<?, ?> method)
                || !method.getTargetMethod().getDeclaringType().getName().startsWith(OWN_PACKAGE)) {
            return null;
        }
        Map<String, List<String>> given = new LinkedHashMap<>();
        request.getParameters().names().forEach(name -> given.put(name, request.getParameters().getAll(name)));
        if (given.isEmpty()) {
            return null;
        }
        List<ApiException.FieldError> errors = QueryParameterRules.check(
                declaredByRoute.computeIfAbsent(route, r -> declared(method)), given);
        return errors.isEmpty() ? null : ProblemResponses.of(request, HttpStatus.BAD_REQUEST, "validation", errors);
    }

    /** The query parameters a controller method reads: its {@code @QueryValue} arguments, by their bound name. */
    static Map<String, Class<?>> declared(MethodBasedRouteInfo<?, ?> method) {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        for (Argument<?> argument : method.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                String name = argument.getAnnotationMetadata().stringValue(QueryValue.class)
                        .filter(s -> !s.isEmpty()).orElse(argument.getName());
                out.put(name, argument.getType());
            }
        }
        return Map.copyOf(out);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
