-- Invariant 9: once a ledger has opening balances (taken over from paper books) on a date, nothing
-- may be dated before it. The date is kept on the ledger row, which posting locks anyway.
ALTER TABLE ledger ADD COLUMN opened_on DATE NULL AFTER closed_through;

UPDATE ledger l SET opened_on = (SELECT MIN(e.value_date) FROM journal_entry e
                                 WHERE e.ledger_id = l.id AND e.operation = 'OPENING_BALANCE' AND e.reverses_id IS NULL);
