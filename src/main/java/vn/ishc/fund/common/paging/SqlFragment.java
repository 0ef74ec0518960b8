package vn.ishc.fund.common.paging;

import java.util.List;

/** A piece of a WHERE clause with its parameters. */
public record SqlFragment(String sql, List<Object> params) {
    public static SqlFragment of(String sql, Object... params) {
        return new SqlFragment(sql, List.of(params));
    }
}
