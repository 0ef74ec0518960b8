package vn.ishc.fund.common.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * The database could not be reached (down, restarting, connection lost): the request gets 503
 * {@code database-unavailable} with {@code Retry-After}, never a 500, since trying again is the fix.
 */
public final class DatabaseErrors {

    /** What the answer tells clients to wait: about what the embedded server needs to restart. */
    public static final long RETRY_AFTER_SECONDS = 2;

    // MariaDB: the server is shutting down; the connection was killed
    private static final int ER_SERVER_SHUTDOWN = 1053;
    private static final int ER_CONNECTION_KILLED = 1927;

    private DatabaseErrors() {
    }

    /** Whether this failure, or one of its causes, is the database connection failing. */
    public static boolean unreachable(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getErrorCode() == ER_SERVER_SHUTDOWN || sql.getErrorCode() == ER_CONNECTION_KILLED)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static MutableHttpResponse<Problem> unavailable(HttpRequest<?> request) {
        HttpResponse<Problem> problem = ProblemResponses.of(request, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", List.of());
        return ((MutableHttpResponse<Problem>) problem).header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }

    /** Published when a request found the database unreachable, so that its availability is checked at once. */
    public record Unreachable(String path) {
    }
}
