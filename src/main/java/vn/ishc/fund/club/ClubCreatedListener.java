package vn.ishc.fund.club;

/**
 * Called inside the transaction that creates a club, so capabilities built on clubs (the ledgers)
 * set up their part atomically with it.
 */
public interface ClubCreatedListener {
    void clubCreated(Club club);
}
