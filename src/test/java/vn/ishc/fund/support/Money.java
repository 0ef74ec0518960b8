package vn.ishc.fund.support;

import java.util.UUID;

/** Helpers for requests that move money: each needs a fresh idempotency key. */
public final class Money {

    private Money() {
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** POSTs with a fresh Idempotency-Key. */
    public static Response post(Api api, String path, Object body) {
        return api.header("Idempotency-Key", key()).post(path, body);
    }

    public static long ledgerId(long clubId, String fund) {
        return TestApp.db().count("SELECT id FROM ledger WHERE club_id = ? AND fund = ?", clubId, fund);
    }
}
