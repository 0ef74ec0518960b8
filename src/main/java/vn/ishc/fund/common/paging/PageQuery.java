package vn.ishc.fund.common.paging;

import vn.ishc.fund.common.error.ApiException;

import java.util.Locale;
import java.util.Map;

/**
 * Validated paging and sorting. {@code sort} is {@code field} or {@code field,desc}; only fields in
 * the caller's whitelist are accepted, mapped to SQL columns (never interpolated from input).
 */
public record PageQuery(int page, int size, String orderBy) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public static PageQuery of(Integer page, Integer size, String sort, Map<String, String> sortable,
                               String defaultOrder) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiException.invalid("page", "min", 0);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.invalid("size", "page-size", MAX_SIZE);
        }
        return new PageQuery(p, s, orderBy(sort, sortable, defaultOrder));
    }

    private static String orderBy(String sort, Map<String, String> sortable, String defaultOrder) {
        if (sort == null || sort.isBlank()) {
            return defaultOrder;
        }
        String[] parts = sort.split(",");
        String column = sortable.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ApiException.invalid("sort", "sort", String.join(", ", sortable.keySet()));
        }
        // a unique tie-breaker keeps pages stable
        return column + " " + direction + ", " + defaultOrder;
    }

    /** A long: a large page number times the size overflows an int (and the query would fail). */
    public long offset() {
        return (long) page * size;
    }
}
