-- Invariant 4 (balance aggregates equal the sums of their postings) is now kept by the one writer of
-- postings, LedgerStore.write, in the same statement batch and transaction as the postings: it sums
-- a batch's postings per account, per month and per day and adds them with three statements. The
-- trigger ran three statements for every posting, which had become the largest cost of posting.
DROP TRIGGER IF EXISTS trg_posting_aggregates;
