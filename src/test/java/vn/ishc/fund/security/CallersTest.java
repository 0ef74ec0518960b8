package vn.ishc.fund.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.error.ApiException;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The caller row is read once per few seconds, and again at once after a change through the service. */
class CallersTest {

    @SuppressWarnings("unchecked")
    private final TransactionOperations<Connection> noTransaction = mock(TransactionOperations.class);
    private final UserRepository users = mock(UserRepository.class);
    private final Authentication treasurer = Authentication.build("t", List.of("TREASURER"), Map.of(Callers.USER_ID, 7L));

    private static Optional<UserRepository.CallerRow> row(String role, boolean active, String clubs) {
        return Optional.of(new UserRepository.CallerRow(7, "t", role, null, active, clubs));
    }

    @Test
    void readsTheRowOnceWithinTheTtl() {
        when(noTransaction.findTransactionStatus()).thenReturn(Optional.empty());
        when(users.findCaller(7)).thenReturn(row("TREASURER", true, "3,5"));
        Callers callers = new Callers(users, noTransaction, 60);
        assertEquals(Set.of(3L, 5L), callers.of(treasurer).clubIds());
        assertEquals(Role.TREASURER, callers.of(treasurer).role());
        verify(users, times(1)).findCaller(7);
    }

    @Test
    void aChangeThroughTheServiceIsSeenOnTheNextRequest() {
        when(noTransaction.findTransactionStatus()).thenReturn(Optional.empty());
        when(users.findCaller(7)).thenReturn(row("TREASURER", true, "3"), row("TREASURER", false, "3"));
        Callers callers = new Callers(users, noTransaction, 60);
        callers.of(treasurer);
        callers.forget(7);
        assertThrows(ApiException.class, () -> callers.of(treasurer), "deactivated");
        verify(users, times(2)).findCaller(7);
    }

    @Test
    void aZeroTtlReadsEveryTime() {
        when(users.findCaller(7)).thenReturn(row("TREASURER", true, "3"));
        Callers callers = new Callers(users, noTransaction, 0);
        callers.of(treasurer);
        callers.of(treasurer);
        verify(users, times(2)).findCaller(7);
    }

    @Test
    void aTokenOfAnotherRoleOrAnUnknownUserIsRefused() {
        when(users.findCaller(7)).thenReturn(row("AUDITOR", true, null), Optional.empty());
        Callers callers = new Callers(users, noTransaction, 0);
        assertThrows(ApiException.class, () -> callers.of(treasurer), "role changed");
        assertThrows(ApiException.class, () -> callers.of(treasurer), "user gone");
        assertThrows(ApiException.class, () -> callers.of(null), "no authentication");
    }
}
