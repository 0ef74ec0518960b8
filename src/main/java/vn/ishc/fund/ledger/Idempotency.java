package vn.ishc.fund.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.tx.RoundTrip;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Invariant 5. Every request that moves money carries an {@code Idempotency-Key}. Inside the
 * operation's transaction the key is claimed with an INSERT: a concurrent duplicate waits on that row
 * and then finds the stored result, so the operation runs once. The same key with a different
 * request is refused (409). Keys belong to the user who sent them.
 */
@Singleton
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,100}");
    // canonical JSON of the request: sorted properties, so equal requests hash alike
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();

    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Tx tx;

    public Idempotency(JdbcOperations jdbc, ObjectMapper json, Tx tx) {
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
    }

    /** A result, and whether it is the stored answer to an earlier identical request. */
    public record Once<T>(T value, boolean replayed) {
    }

    public static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ApiException.invalid(HEADER, "required");
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "idempotency-key-format");
        }
    }

    /** Must run inside the {@link Tx#write} transaction of the operation it guards, as its last step. */
    public <T> Once<T> once(Caller caller, String key, String operation, Object request, Class<T> type, Supplier<T> work) {
        requireKey(key);
        String requestHash = hash(operation, request);
        if (!claim(caller.userId(), key, requestHash)) {
            Once<T> stored = replay(caller.userId(), key, requestHash, type);
            if (stored == null) {
                throw new IllegalStateException("idempotency key vanished while claimed");
            }
            return stored;
        }
        T result = work.get();
        remember(caller.userId(), key, result);
        return new Once<>(result, false);
    }

    /** A request's key, with the hash of the request (see {@link #hash}). */
    public record Claim(long userId, String key, String requestHash) {
        /** The key as stored: a key belongs to its user. */
        String id() {
            return userId + ":" + key;
        }
    }

    /** What is stored under a key already used: the hash of its request, and its answer once committed. */
    public record Stored(String requestHash, String response) {
    }

    /**
     * Looks the keys up as one statement of a round trip (group posting, which then claims the free
     * ones with {@link #rememberAll}); once the trip has run, what each key holds, or null where it
     * is free. Keys are read, not locked: a concurrent claim of the same key makes the later insert
     * fail, and with it that whole transaction.
     */
    public Supplier<List<Stored>> findAll(RoundTrip trip, List<Claim> claims) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Claim c : claims) {
            where.append(where.isEmpty() ? "" : " OR ").append("(user_id = ? AND idem_key = ?)");
            params.add(c.userId());
            params.add(c.key());
        }
        Map<String, Stored> found = new HashMap<>();
        trip.query("SELECT user_id, idem_key, request_hash, response FROM idempotency_key WHERE " + where, params, rs -> {
            while (rs.next()) {
                found.put(rs.getLong(1) + ":" + rs.getString(2), new Stored(rs.getString(3), rs.getString(4)));
            }
        });
        return () -> claims.stream().map(c -> found.get(c.id())).toList();
    }

    /** The stored answer to a used key, or 409 if the key was used for another request or is in progress. */
    public <T> Once<T> replay(Stored stored, String requestHash, Class<T> type) {
        if (!requestHash.equals(stored.requestHash())) {
            throw ApiException.conflict(HEADER, "idempotency-key-reused");
        }
        if (stored.response() == null) {
            throw ApiException.conflict(HEADER, "idempotency-in-progress");
        }
        return new Once<>(read(stored.response(), type), true);
    }

    /**
     * Claims the keys with their answers, in one statement that travels with the transaction's COMMIT.
     * If another transaction claimed one of them meanwhile, the statement fails and the transaction
     * rolls back: nothing is posted twice.
     */
    public void rememberAll(List<Claim> claims, List<?> results) {
        if (claims.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            params.addAll(List.of(c.userId(), c.key(), c.requestHash(), write(results.get(i))));
        }
        tx.atCommit("INSERT INTO idempotency_key (user_id, idem_key, request_hash, status, response) VALUES "
                + "(?, ?, ?, 200, ?), ".repeat(claims.size() - 1) + "(?, ?, ?, 200, ?)", params.toArray());
    }

    /** Stores the answer to a claimed key; the statement travels with the transaction's COMMIT. */
    private void remember(long userId, String key, Object result) {
        tx.atCommit("UPDATE idempotency_key SET status = 200, response = ? WHERE user_id = ? AND idem_key = ?",
                write(result), userId, key);
    }

    private boolean claim(long userId, String key, String requestHash) {
        try (PreparedStatement ps = jdbc.getConnection().prepareStatement(
                "INSERT INTO idempotency_key (user_id, idem_key, request_hash) VALUES (?, ?, ?)")) {
            ps.setLong(1, userId);
            ps.setString(2, key);
            ps.setString(3, requestHash);
            ps.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1062) {
                return false;
            }
            throw new IllegalStateException(e);
        }
    }

    /** The stored answer to a key already used (see {@link #replay(Stored, String, Class)}); null if the key is free. */
    public <T> Once<T> replay(long userId, String key, String requestHash, Class<T> type) {
        Stored stored = jdbc.prepareStatement("SELECT request_hash, response FROM idempotency_key WHERE user_id = ? AND idem_key = ?", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Stored(rs.getString(1), rs.getString(2)) : null;
            }
        });
        return stored == null ? null : replay(stored, requestHash, type);
    }

    public static String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(CANONICAL.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
