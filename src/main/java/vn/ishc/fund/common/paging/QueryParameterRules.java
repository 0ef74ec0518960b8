package vn.ishc.fund.common.paging;

import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.PlausibleDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a request's query parameters may be, given the parameters its endpoint declares (name → Java
 * type). A parameter the endpoint does not read is refused rather than ignored ({@code ?date=} on an
 * endpoint that reads {@code asOf} would otherwise answer for today); so is a parameter given twice,
 * an empty one (never read as absent), text with control characters, and a date that is not exactly
 * {@code yyyy-MM-dd} between 1900 and 2100.
 */
public final class QueryParameterRules {

    private QueryParameterRules() {
    }

    /** Every broken rule, by parameter name; empty when the query is acceptable. */
    public static List<ApiException.FieldError> check(Map<String, Class<?>> declared, Map<String, List<String>> given) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        new TreeMap<>(given).forEach((name, values) -> {
            ApiException.FieldError error = checkOne(declared, name, values);
            if (error != null) {
                errors.add(error);
            }
        });
        return errors;
    }

    private static ApiException.FieldError checkOne(Map<String, Class<?>> declared, String name, List<String> values) {
        Class<?> type = declared.get(name);
        if (type == null) {
            return declared.isEmpty() ? new ApiException.FieldError(name, "no-parameters")
                    : new ApiException.FieldError(name, "unknown-parameter", String.join(", ", new TreeMap<>(declared).keySet()));
        }
        if (values.size() > 1) {
            return new ApiException.FieldError(name, "repeated");
        }
        String value = values.isEmpty() ? "" : values.get(0);
        if (value.isBlank()) {
            return new ApiException.FieldError(name, "empty");
        }
        String textRule = Texts.unacceptable(value);
        if (textRule != null) {
            return new ApiException.FieldError(name, textRule);
        }
        if (type == LocalDate.class) {
            LocalDate date = PlausibleDates.parse(value);
            if (date == null) {
                return new ApiException.FieldError(name, "date");
            }
            if (!PlausibleDates.inRange(date)) {
                return new ApiException.FieldError(name, "date-range", PlausibleDates.EARLIEST, PlausibleDates.LATEST);
            }
        }
        return null;
    }
}
