package vn.ishc.fund.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resolves the caller of a request from the database, not from the token alone: a deactivated
 * user, or one whose role changed, is refused at once rather than when the token expires.
 * <p>
 * Every request needs its caller, so the row is kept for a few seconds
 * ({@code ishc.security.caller-cache-seconds}, 0 to turn off). A change made through this service
 * forgets it at once and again when the change commits, so the next request reads the new row; a
 * change made behind the service's back (another instance, plain SQL) counts after the TTL at most.
 */
@Singleton
public class Callers {

    public static final String USER_ID = "uid";

    private final UserRepository users;
    private final TransactionOperations<Connection> transactions;
    private final long ttlNanos;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    // bumped whenever a row is forgotten: a read that began before the change is not cached
    private final AtomicLong epoch = new AtomicLong();

    private record Cached(UserRepository.CallerRow row, long loadedAt) {
    }

    public Callers(UserRepository users, TransactionOperations<Connection> transactions,
                   @Value("${ishc.security.caller-cache-seconds:5}") int ttlSeconds) {
        this.users = users;
        this.transactions = transactions;
        this.ttlNanos = TimeUnit.SECONDS.toNanos(Math.max(0, ttlSeconds));
    }

    public Caller of(Authentication authentication) {
        Object uid = authentication == null ? null : authentication.getAttributes().get(USER_ID);
        if (!(uid instanceof Number id)) {
            throw unauthorized();
        }
        UserRepository.CallerRow caller = row(id.longValue());
        if (caller == null || !caller.active() || !authentication.getRoles().contains(caller.role())) {
            throw unauthorized();
        }
        Set<Long> clubs = new LinkedHashSet<>();
        if (caller.clubIds() != null) {
            for (String club : caller.clubIds().split(",")) {
                clubs.add(Long.valueOf(club));
            }
        }
        return new Caller(caller.id(), caller.username(), Role.valueOf(caller.role()), caller.scopeUnitId(), clubs);
    }

    private UserRepository.CallerRow row(long userId) {
        long now = System.nanoTime();
        Cached cached = cache.get(userId);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached.row();
        }
        long seen = epoch.get();
        UserRepository.CallerRow row = users.findCaller(userId).orElse(null);
        if (row != null && ttlNanos > 0 && epoch.get() == seen) {
            cache.put(userId, new Cached(row, now));
        }
        return row;
    }

    /** A user's role, scope, clubs or status is changing: forget the row now and once the change is over. */
    public void forget(long userId) {
        drop(userId);
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completion) {
                        drop(userId);
                    }
                }));
    }

    private void drop(long userId) {
        epoch.incrementAndGet();
        cache.remove(userId);
    }

    private static ApiException unauthorized() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", List.of());
    }
}
