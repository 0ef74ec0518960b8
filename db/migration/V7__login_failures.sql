-- Failed logins, shared by every instance of the service (LoginThrottle): one row per username
-- (lower case, known or not) and client address (IPv4, or the /64 of an IPv6 address), with the
-- failures counted since the row was last older than the lock window, and the time of the last one
-- (UTC). An attempt is counted when it starts and its row deleted when it succeeds. The indexes
-- answer "which usernames failed from this address" and "from which addresses did this username
-- fail" recently, and the sweep of rows older than the window.
CREATE TABLE login_failure (
    username         VARCHAR(60) NOT NULL,
    address          VARCHAR(64) NOT NULL,
    failures         INT         NOT NULL,
    last_failure_utc DATETIME(3) NOT NULL,
    PRIMARY KEY (username, address),
    INDEX ix_login_failure_address (address, last_failure_utc),
    INDEX ix_login_failure_username (username, last_failure_utc),
    INDEX ix_login_failure_last (last_failure_utc)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
