-- Revolving loans: products per club, loans with their terms frozen at application, and the loan's
-- events (repayments, deferrals, reschedules). The schedule and every balance are computed by
-- replaying the events (vn.ishc.fund.lending.engine), so reversing a repayment restores them exactly.

CREATE TABLE loan_product (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id         BIGINT        NOT NULL,
    name            VARCHAR(150)  NOT NULL,
    kind            VARCHAR(8)    NOT NULL,
    interest_method VARCHAR(30)   NOT NULL,
    monthly_rate    DECIMAL(12, 10) NOT NULL,
    term_months     SMALLINT      NOT NULL,
    frequency       VARCHAR(12)   NOT NULL,
    grace_months    SMALLINT      NOT NULL DEFAULT 0,
    rounding_unit   DECIMAL(19, 0) NOT NULL,
    penalty_kind    VARCHAR(40)   NOT NULL,
    penalty_amount  DECIMAL(19, 2) NULL,
    penalty_rate    DECIMAL(12, 10) NULL,
    min_amount      DECIMAL(19, 2) NOT NULL,
    max_amount      DECIMAL(19, 2) NOT NULL,
    max_open_loans  SMALLINT      NOT NULL DEFAULT 1,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_loan_product_name UNIQUE (club_id, name),
    CONSTRAINT fk_loan_product_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT ck_loan_product_kind CHECK (kind IN ('CASH', 'IN_KIND')),
    CONSTRAINT ck_loan_product_limits CHECK (min_amount > 0 AND max_amount >= min_amount)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE loan (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id             BIGINT        NOT NULL,
    member_id           BIGINT        NOT NULL,
    product_id          BIGINT        NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    amount              DECIMAL(19, 2) NOT NULL,
    purpose             VARCHAR(300)  NOT NULL,
    kind                VARCHAR(8)    NOT NULL,
    item                VARCHAR(200)  NULL,
    quantity            DECIMAL(12, 2) NULL,
    -- the product's terms at application: later changes to the product do not touch this loan
    interest_method     VARCHAR(30)   NOT NULL,
    monthly_rate        DECIMAL(12, 10) NOT NULL,
    term_months         SMALLINT      NOT NULL,
    frequency           VARCHAR(12)   NOT NULL,
    grace_months        SMALLINT      NOT NULL,
    rounding_unit       DECIMAL(19, 0) NOT NULL,
    penalty_kind        VARCHAR(40)   NOT NULL,
    penalty_amount      DECIMAL(19, 2) NULL,
    penalty_rate        DECIMAL(12, 10) NULL,
    applied_on          DATE          NOT NULL,
    decided_on          DATE          NULL,
    decision            VARCHAR(10)   NULL,
    decision_by         VARCHAR(60)   NULL,
    approver_member_id  BIGINT        NULL,
    minutes_no          VARCHAR(60)   NULL,
    decision_note       VARCHAR(300)  NULL,
    disbursed_on        DATE          NULL,
    disbursement_method VARCHAR(20)   NULL,
    disbursement_entry_id BIGINT      NULL,
    closed_on           DATE          NULL,
    written_off_on      DATE          NULL,
    written_off_amount  DECIMAL(19, 2) NULL,
    write_off_entry_id  BIGINT        NULL,
    end_reason          VARCHAR(300)  NULL,
    created_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_loan_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_loan_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_loan_product FOREIGN KEY (product_id) REFERENCES loan_product (id),
    CONSTRAINT fk_loan_approver FOREIGN KEY (approver_member_id) REFERENCES member (id),
    CONSTRAINT fk_loan_disbursement FOREIGN KEY (disbursement_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_loan_write_off FOREIGN KEY (write_off_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_loan_status CHECK (status IN ('APPLIED', 'APPROVED', 'REJECTED', 'CANCELLED', 'ACTIVE',
                                               'CLOSED', 'WRITTEN_OFF')),
    CONSTRAINT ck_loan_amount CHECK (amount > 0),
    INDEX ix_loan_club_status (club_id, status),
    INDEX ix_loan_member (member_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE loan_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    loan_id       BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    event_date    DATE          NOT NULL,
    amount        DECIMAL(19, 2) NULL,
    months        SMALLINT      NULL,
    with_interest BOOLEAN       NULL,
    method        VARCHAR(8)    NULL,
    entry_id      BIGINT        NULL,
    reversed      BOOLEAN       NOT NULL DEFAULT FALSE,
    reversal_entry_id BIGINT    NULL,
    reason        VARCHAR(300)  NULL,
    recorded_by   VARCHAR(60)   NOT NULL,
    recorded_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_loan_event_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT fk_loan_event_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_loan_event_reversal FOREIGN KEY (reversal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_loan_event_kind CHECK (kind IN ('REPAYMENT', 'DEFERRAL', 'RESCHEDULE', 'RECOVERY')),
    INDEX ix_loan_event_loan (loan_id, event_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a club lends: a cash reserve kept back from lending, and the order of the waiting queue.
CREATE TABLE club_lending (
    club_id     BIGINT        PRIMARY KEY,
    reserve     DECIMAL(19, 2) NOT NULL DEFAULT 0,
    queue_order VARCHAR(10)   NOT NULL DEFAULT 'DATE',
    CONSTRAINT fk_club_lending_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT ck_club_lending_order CHECK (queue_order IN ('DATE', 'PRIORITY'))
) ENGINE = InnoDB;

ALTER TABLE posting ADD CONSTRAINT fk_posting_loan FOREIGN KEY (loan_id) REFERENCES loan (id);
