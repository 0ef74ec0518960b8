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
import java.util.HexFormat;
import java.util.List;
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

    /** A key to claim for a request, identified by the hash of the request (see {@link #hash}). */
    public record Claim(long userId, String key, String requestHash) {
    }

    /**
     * Claims many keys as statements of a round trip, inside the caller's transaction; once the trip
     * has run, true where the key is now this transaction's, false where an earlier request (committed,
     * or in this transaction) holds it. A claim held by a concurrent transaction is waited for.
     */
    public boolean[] claimAll(RoundTrip trip, List<Claim> claims) {
        boolean[] claimed = new boolean[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            int n = i;
            trip.update("INSERT IGNORE INTO idempotency_key (user_id, idem_key, request_hash) VALUES (?, ?, ?)",
                    List.of(c.userId(), c.key(), c.requestHash()), count -> claimed[n] = count == 1);
        }
        return claimed;
    }

    /** Stores the answer to a claimed key; the statement travels with the transaction's COMMIT. */
    public void remember(long userId, String key, Object result) {
        tx.atCommit("UPDATE idempotency_key SET status = 200, response = ? WHERE user_id = ? AND idem_key = ?",
                write(result), userId, key);
    }

    /** Gives back a key claimed in this transaction whose request was refused, as a rollback would. */
    public void release(long userId, String key) {
        tx.atCommit("DELETE FROM idempotency_key WHERE user_id = ? AND idem_key = ?", userId, key);
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

    /**
     * The stored answer to a key already used: 409 if it was used for another request, or is still
     * being worked on; null if the key is free again (its request was refused).
     */
    public <T> Once<T> replay(long userId, String key, String requestHash, Class<T> type) {
        return jdbc.prepareStatement("SELECT request_hash, response FROM idempotency_key WHERE user_id = ? AND idem_key = ?", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!requestHash.equals(rs.getString(1))) {
                    throw ApiException.conflict(HEADER, "idempotency-key-reused");
                }
                String stored = rs.getString(2);
                if (stored == null) {
                    throw ApiException.conflict(HEADER, "idempotency-in-progress");
                }
                return new Once<>(read(stored, type), true);
            }
        });
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
