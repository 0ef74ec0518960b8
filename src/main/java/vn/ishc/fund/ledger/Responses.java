package vn.ishc.fund.ledger;

import io.micronaut.http.HttpResponse;

/** HTTP answers for operations guarded by an idempotency key. */
public final class Responses {

    public static final String REPLAYED = "Idempotent-Replayed";

    private Responses() {
    }

    /** 201 for a new result; the same 201, marked as replayed, for a repeated request. */
    public static <T> HttpResponse<T> created(Idempotency.Once<T> once) {
        HttpResponse<T> r = HttpResponse.created(once.value());
        return once.replayed() ? HttpResponse.<T>created(once.value()).header(REPLAYED, "true") : r;
    }
}
