package vn.ishc.fund.health;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The database address /health shows: no options, no credentials. */
class DatabaseHealthIndicatorTest {

    @Test
    void theAddressOnly() {
        assertEquals("jdbc:mariadb://db:3306/ishc", DatabaseHealthIndicator.displayed("jdbc:mariadb://db:3306/ishc"));
        assertEquals("jdbc:mariadb://db:3306/ishc",
                DatabaseHealthIndicator.displayed("jdbc:mariadb://db:3306/ishc?allowMultiQueries=true&password=secret"));
        assertEquals("jdbc:mariadb://db:3306/ishc", DatabaseHealthIndicator.displayed("jdbc:mariadb://fund:pw@db:3306/ishc"));
    }
}
