package vn.ishc.fund.common.paging;

import vn.ishc.fund.common.error.ApiException;

import java.util.Locale;

/** Query parameters the framework would read too leniently. */
public final class QueryParams {

    private QueryParams() {
    }

    /**
     * A true/false parameter: {@code true} or {@code false} (any case), absent for none. The framework
     * reads anything else ({@code 1}, {@code maybe}) as false; here it is a 400 naming the parameter,
     * and an empty value is {@code empty} (also refused for every parameter by {@link QueryParameterFilter}).
     */
    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw ApiException.invalid(name, "empty");
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "boolean");
        };
    }
}
