package vn.ishc.fund.common.paging;

import io.micronaut.core.annotation.Introspected;

import java.util.List;
import java.util.function.Function;

/** One page of a list; pages count from 0. */
@Introspected
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageQuery query, long total) {
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new Page<>(items, query.page(), query.size(), total, pages);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, totalItems, totalPages);
    }
}
