-- Double-entry ledgers: one per club and fund (IGF income-generation fund, AF activity fund).
-- See ../shared/design/accounting.md for the chart of accounts, posting rules and invariants.

CREATE TABLE ledger (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id        BIGINT       NOT NULL,
    fund           VARCHAR(3)   NOT NULL,
    currency       CHAR(3)      NOT NULL DEFAULT 'VND',
    -- head of the entry chain: the last sequence number and its hash (serialises posting)
    last_seq       BIGINT       NOT NULL DEFAULT 0,
    last_hash      CHAR(64)     NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    -- months up to this day are closed; entries dated on or before it are refused
    closed_through DATE         NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_ledger_club_fund UNIQUE (club_id, fund),
    CONSTRAINT fk_ledger_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT ck_ledger_fund CHECK (fund IN ('IGF', 'AF'))
) ENGINE = InnoDB;

CREATE TABLE account (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ledger_id    BIGINT        NOT NULL,
    code         VARCHAR(10)   NOT NULL,
    name_vi      VARCHAR(150)  NOT NULL,
    name_en      VARCHAR(150)  NOT NULL,
    type         VARCHAR(10)   NOT NULL,
    normal_side  CHAR(1)       NOT NULL,
    header       BOOLEAN       NOT NULL DEFAULT FALSE,
    parent_id    BIGINT        NULL,
    -- running totals of all postings, kept with every entry (invariant 4)
    debit_total  DECIMAL(19, 2) NOT NULL DEFAULT 0,
    credit_total DECIMAL(19, 2) NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_code UNIQUE (ledger_id, code),
    CONSTRAINT fk_account_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT fk_account_parent FOREIGN KEY (parent_id) REFERENCES account (id),
    CONSTRAINT ck_account_type CHECK (type IN ('ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE')),
    CONSTRAINT ck_account_side CHECK (normal_side IN ('D', 'C'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Movements per account and month, and per account and day: a balance at any date sums at most
-- the months before it and the days of its month, never the postings.
CREATE TABLE account_month (
    ledger_id  BIGINT        NOT NULL,
    account_id BIGINT        NOT NULL,
    month      DATE          NOT NULL,
    debit      DECIMAL(19, 2) NOT NULL,
    credit     DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (ledger_id, month, account_id),
    CONSTRAINT fk_account_month_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

CREATE TABLE account_day (
    ledger_id  BIGINT        NOT NULL,
    account_id BIGINT        NOT NULL,
    day        DATE          NOT NULL,
    debit      DECIMAL(19, 2) NOT NULL,
    credit     DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (ledger_id, day, account_id),
    CONSTRAINT fk_account_day_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

CREATE TABLE donor (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id    BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(15)  NOT NULL,
    contact    VARCHAR(200) NULL,
    note       VARCHAR(500) NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_donor_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT ck_donor_kind CHECK (kind IN ('INDIVIDUAL', 'FAMILY', 'BUSINESS', 'ORGANISATION', 'GOVERNMENT', 'NGO')),
    INDEX ix_donor_club (club_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE journal_entry (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    ledger_id       BIGINT        NOT NULL,
    seq             BIGINT        NOT NULL,
    value_date      DATE          NOT NULL,
    operation       VARCHAR(30)   NOT NULL,
    -- PT receipt and PC payment in cash, BC/BN received/paid by bank, PK other; numbered per ledger and year
    voucher_type    CHAR(2)       NOT NULL,
    voucher_year    SMALLINT      NOT NULL,
    voucher_no      INT           NOT NULL,
    description     VARCHAR(500)  NOT NULL,
    total           DECIMAL(19, 2) NOT NULL,
    reverses_id     BIGINT        NULL,
    reversal_reason VARCHAR(300)  NULL,
    batch_id        VARCHAR(36)   NULL,
    recorded_by     BIGINT        NOT NULL,
    recorded_by_name VARCHAR(60)  NOT NULL,
    recorded_at     DATETIME(3)   NOT NULL,
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    CONSTRAINT uk_entry_seq UNIQUE (ledger_id, seq),
    CONSTRAINT uk_entry_voucher UNIQUE (ledger_id, voucher_type, voucher_year, voucher_no),
    -- an entry is reversed at most once
    CONSTRAINT uk_entry_reverses UNIQUE (reverses_id),
    CONSTRAINT fk_entry_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT fk_entry_reverses FOREIGN KEY (reverses_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_entry_total CHECK (total > 0),
    INDEX ix_entry_date (ledger_id, value_date),
    INDEX ix_entry_batch (batch_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE posting (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id      BIGINT        NOT NULL,
    line_no       SMALLINT      NOT NULL,
    ledger_id     BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    value_date    DATE          NOT NULL,
    side          CHAR(1)       NOT NULL,
    amount        DECIMAL(19, 2) NOT NULL,
    member_id     BIGINT        NULL,
    loan_id       BIGINT        NULL,
    donor_id      BIGINT        NULL,
    activity_area TINYINT       NULL,
    CONSTRAINT uk_posting_line UNIQUE (entry_id, line_no),
    CONSTRAINT fk_posting_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_posting_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_posting_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_posting_donor FOREIGN KEY (donor_id) REFERENCES donor (id),
    CONSTRAINT ck_posting_side CHECK (side IN ('D', 'C')),
    CONSTRAINT ck_posting_amount CHECK (amount > 0),
    CONSTRAINT ck_posting_area CHECK (activity_area IS NULL OR activity_area BETWEEN 1 AND 8),
    INDEX ix_posting_account (account_id, value_date, entry_id),
    INDEX ix_posting_member (member_id, value_date),
    INDEX ix_posting_loan (loan_id)
) ENGINE = InnoDB;

-- Invariant 2: posted entries and postings are never changed or deleted.
CREATE TRIGGER trg_entry_no_update BEFORE UPDATE ON journal_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal entries are immutable: post a reversal';
CREATE TRIGGER trg_entry_no_delete BEFORE DELETE ON journal_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal entries are immutable: post a reversal';
CREATE TRIGGER trg_posting_no_update BEFORE UPDATE ON posting FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'postings are immutable: post a reversal';
CREATE TRIGGER trg_posting_no_delete BEFORE DELETE ON posting FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'postings are immutable: post a reversal';

-- Invariant 4, kept by the database itself: every posting adds to its account's running totals and
-- to the month and day aggregates in the same statement that inserts it.
DELIMITER //
CREATE TRIGGER trg_posting_aggregates AFTER INSERT ON posting FOR EACH ROW
BEGIN
    DECLARE d DECIMAL(19, 2) DEFAULT IF(NEW.side = 'D', NEW.amount, 0);
    DECLARE c DECIMAL(19, 2) DEFAULT IF(NEW.side = 'C', NEW.amount, 0);
    UPDATE account SET debit_total = debit_total + d, credit_total = credit_total + c WHERE id = NEW.account_id;
    INSERT INTO account_month (ledger_id, account_id, month, debit, credit)
    VALUES (NEW.ledger_id, NEW.account_id, DATE_FORMAT(NEW.value_date, '%Y-%m-01'), d, c)
    ON DUPLICATE KEY UPDATE debit = debit + d, credit = credit + c;
    INSERT INTO account_day (ledger_id, account_id, day, debit, credit)
    VALUES (NEW.ledger_id, NEW.account_id, NEW.value_date, d, c)
    ON DUPLICATE KEY UPDATE debit = debit + d, credit = credit + c;
END//
DELIMITER ;

-- Month closing and reopening, recorded.
CREATE TABLE period_event (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id    BIGINT       NOT NULL,
    action     VARCHAR(10)  NOT NULL,
    month      DATE         NOT NULL,
    reason     VARCHAR(300) NULL,
    user_id    BIGINT       NOT NULL,
    username   VARCHAR(60)  NOT NULL,
    at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_period_event_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT ck_period_action CHECK (action IN ('CLOSE', 'REOPEN', 'YEAR_END')),
    INDEX ix_period_event_club (club_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The closing entry posted for a ledger's year (one per ledger and year while it stands).
CREATE TABLE year_close (
    ledger_id BIGINT   NOT NULL,
    year      SMALLINT NOT NULL,
    entry_id  BIGINT   NULL,
    PRIMARY KEY (ledger_id, year),
    CONSTRAINT fk_year_close_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT fk_year_close_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id)
) ENGINE = InnoDB;

-- Invariant 5: a client idempotency key returns the first result for the same request.
CREATE TABLE idempotency_key (
    user_id      BIGINT       NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       SMALLINT     NULL,
    response     MEDIUMTEXT   NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_id, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The chart-of-accounts template (Circular 133 numbering), copied into every new ledger.
-- fund: which ledgers get the account (BOTH, or IGF only).
CREATE TABLE account_template (
    code        VARCHAR(10)  PRIMARY KEY,
    name_vi     VARCHAR(150) NOT NULL,
    name_en     VARCHAR(150) NOT NULL,
    type        VARCHAR(10)  NOT NULL,
    normal_side CHAR(1)      NOT NULL,
    fund        VARCHAR(4)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO account_template (code, name_vi, name_en, type, normal_side, fund) VALUES
    ('111',  'Tiền mặt',                 'Cash on hand',                          'ASSET',     'D', 'BOTH'),
    ('112',  'Tiền gửi ngân hàng',       'Bank deposits',                         'ASSET',     'D', 'BOTH'),
    ('1283', 'Cho vay thành viên',       'Loans to members',                      'ASSET',     'D', 'BOTH'),
    ('1388', 'Phải thu khác',            'Other receivables',                     'ASSET',     'D', 'BOTH'),
    ('156',  'Hiện vật chờ cho vay',     'In-kind goods held for lending',        'ASSET',     'D', 'BOTH'),
    ('2293', 'Dự phòng nợ khó đòi',      'Allowance for doubtful loans',          'ASSET',     'C', 'BOTH'),
    ('3388', 'Phải trả khác',            'Other payables',                        'LIABILITY', 'C', 'BOTH'),
    ('4111', 'Vốn góp của thành viên',   'Members'' capital contributions',       'EQUITY',    'C', 'BOTH'),
    ('4118', 'Vốn tài trợ',              'Donated and granted capital',           'EQUITY',    'C', 'BOTH'),
    ('421',  'Thặng dư lũy kế',          'Accumulated surplus',                   'EQUITY',    'C', 'BOTH'),
    ('515',  'Thu lãi cho vay',          'Interest income on loans',              'INCOME',    'C', 'BOTH'),
    ('711',  'Thu nhập khác',            'Other income',                          'INCOME',    'C', 'BOTH'),
    ('642',  'Chi phí quản lý',          'Administrative expenses',               'EXPENSE',   'D', 'BOTH'),
    ('811',  'Chi phí khác',             'Other expenses',                        'EXPENSE',   'D', 'BOTH');

-- Clubs registered before the ledgers existed get theirs now.
INSERT INTO ledger (club_id, fund) SELECT id, 'IGF' FROM club;
INSERT INTO ledger (club_id, fund) SELECT id, 'AF' FROM club;
INSERT INTO account (ledger_id, code, name_vi, name_en, type, normal_side)
SELECT l.id, t.code, t.name_vi, t.name_en, t.type, t.normal_side
FROM ledger l CROSS JOIN account_template t
WHERE t.fund = 'BOTH' OR t.fund = l.fund;
