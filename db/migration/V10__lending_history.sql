-- Lending decisions of the hardening issue.

-- A product applies to loans applied for from the day it is offered (by default the day it was created;
-- a club taking over its paper books may date it back to when it began lending on these terms).
ALTER TABLE loan_product ADD COLUMN offered_from DATE NULL AFTER active;
UPDATE loan_product SET offered_from = DATE(created_at);
ALTER TABLE loan_product MODIFY offered_from DATE NOT NULL;

-- Early payoff of a loan repaid at maturity: the interest of the months elapsed (ELAPSED_MONTHS, the
-- products' default) or none (NONE, the rule before). A loan keeps the rule it was made under: loans
-- made before this migration replay as they were posted.
ALTER TABLE loan_product ADD COLUMN early_payoff_interest VARCHAR(16) NOT NULL DEFAULT 'ELAPSED_MONTHS' AFTER offered_from,
    ADD CONSTRAINT ck_loan_product_early CHECK (early_payoff_interest IN ('ELAPSED_MONTHS', 'NONE'));
ALTER TABLE loan ADD COLUMN early_payoff_interest VARCHAR(16) NOT NULL DEFAULT 'NONE' AFTER penalty_rate,
    ADD CONSTRAINT ck_loan_early CHECK (early_payoff_interest IN ('ELAPSED_MONTHS', 'NONE'));

-- How each repayment was split, as posted. Reversing an earlier repayment (or a deferral or reschedule)
-- replays the later ones: their new split is a new row, posted by a correcting entry; the old row stays,
-- marked with what replaced it, so every split the books ever showed stays readable.
CREATE TABLE loan_allocation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    loan_id       BIGINT        NOT NULL,
    event_id      BIGINT        NOT NULL,
    penalty       DECIMAL(19, 2) NOT NULL,
    interest      DECIMAL(19, 2) NOT NULL,
    principal     DECIMAL(19, 2) NOT NULL,
    prepaid       DECIMAL(19, 2) NOT NULL,
    entry_id      BIGINT        NOT NULL,
    replaced_by   BIGINT        NULL,
    -- the reversed event whose replay replaced this split
    replaced_after_event BIGINT NULL,
    recorded_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_loan_allocation_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT fk_loan_allocation_event FOREIGN KEY (event_id) REFERENCES loan_event (id),
    CONSTRAINT fk_loan_allocation_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_loan_allocation_replaced FOREIGN KEY (replaced_by) REFERENCES loan_allocation (id),
    INDEX ix_loan_allocation_event (event_id, id)
) ENGINE = InnoDB;

-- A disbursement or a write-off taken back is kept on record as an event of the loan (never replayed).
ALTER TABLE loan_event DROP CONSTRAINT ck_loan_event_kind;
ALTER TABLE loan_event MODIFY kind VARCHAR(24) NOT NULL;
ALTER TABLE loan_event ADD CONSTRAINT ck_loan_event_kind CHECK (kind IN ('REPAYMENT', 'DEFERRAL', 'RESCHEDULE',
    'RECOVERY', 'DISBURSEMENT_REVERSED', 'WRITE_OFF_REVERSED'));
