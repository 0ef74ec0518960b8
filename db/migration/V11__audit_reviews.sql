-- The auditor's review of a ledger (package audit): a period of the books is reviewed, findings are
-- recorded and answered by the club's chair, and the auditor signs off the chain head the review covered.
-- Verification checks every signed head (invariant 10 of accounting.md). Times are UTC.

CREATE TABLE audit_review (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ledger_id    BIGINT       NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    -- the auditor who opened the review: only they add findings, close them and sign off
    auditor_id   BIGINT       NOT NULL,
    auditor_name VARCHAR(150) NOT NULL,
    status       VARCHAR(6)   NOT NULL DEFAULT 'OPEN',
    opened_at    DATETIME(3)  NOT NULL,
    -- the sign-off: the chain head (entry number and hash) that was verified and signed
    signed_at    DATETIME(3)  NULL,
    signed_seq   BIGINT       NULL,
    signed_hash  CHAR(64)     NULL,
    CONSTRAINT fk_audit_review_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT fk_audit_review_auditor FOREIGN KEY (auditor_id) REFERENCES app_user (id),
    CONSTRAINT ck_audit_review_status CHECK (status IN ('OPEN', 'SIGNED')),
    CONSTRAINT ck_audit_review_period CHECK (period_from <= period_to),
    CONSTRAINT ck_audit_review_signed CHECK (
        (status = 'OPEN' AND signed_at IS NULL AND signed_seq IS NULL AND signed_hash IS NULL)
        OR (status = 'SIGNED' AND signed_at IS NOT NULL AND signed_seq >= 0 AND signed_hash IS NOT NULL)),
    INDEX ix_audit_review_ledger (ledger_id, status, signed_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_finding (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id        BIGINT        NOT NULL,
    -- the entry the finding is about (an entry of the review's ledger), if any, and its number
    entry_id         BIGINT        NULL,
    entry_seq        BIGINT        NULL,
    severity         VARCHAR(8)    NOT NULL,
    text             VARCHAR(2000) NOT NULL,
    status           VARCHAR(8)    NOT NULL DEFAULT 'OPEN',
    created_at       DATETIME(3)   NOT NULL,
    answer           VARCHAR(2000) NULL,
    answered_by      BIGINT        NULL,
    answered_by_name VARCHAR(150)  NULL,
    answered_at      DATETIME(3)   NULL,
    closed_by        BIGINT        NULL,
    closed_by_name   VARCHAR(150)  NULL,
    closed_at        DATETIME(3)   NULL,
    CONSTRAINT fk_audit_finding_review FOREIGN KEY (review_id) REFERENCES audit_review (id),
    CONSTRAINT fk_audit_finding_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_audit_finding_answered_by FOREIGN KEY (answered_by) REFERENCES app_user (id),
    CONSTRAINT fk_audit_finding_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id),
    CONSTRAINT ck_audit_finding_severity CHECK (severity IN ('INFO', 'MINOR', 'MAJOR', 'CRITICAL')),
    CONSTRAINT ck_audit_finding_status CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    CONSTRAINT ck_audit_finding_entry CHECK ((entry_id IS NULL) = (entry_seq IS NULL)),
    CONSTRAINT ck_audit_finding_answer CHECK ((status = 'OPEN') = (answered_at IS NULL)
        AND (answered_at IS NULL) = (answer IS NULL) AND (answered_at IS NULL) = (answered_by IS NULL)),
    CONSTRAINT ck_audit_finding_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)
        AND (closed_at IS NULL) = (closed_by IS NULL)),
    INDEX ix_audit_finding_review (review_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was signed stays as it was signed; review records are never deleted; a closed finding is final,
-- and what a finding says (its entry, severity and text) never changes.
DELIMITER //
CREATE TRIGGER trg_audit_review_signed BEFORE UPDATE ON audit_review FOR EACH ROW
BEGIN
    IF OLD.status = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed review is never changed';
    END IF;
END//
CREATE TRIGGER trg_audit_finding_fixed BEFORE UPDATE ON audit_finding FOR EACH ROW
BEGIN
    IF OLD.status = 'CLOSED' OR NOT (NEW.review_id <=> OLD.review_id) OR NOT (NEW.entry_id <=> OLD.entry_id)
            OR NOT (NEW.severity <=> OLD.severity) OR NOT (NEW.text <=> OLD.text) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a closed finding, and what a finding says, are never changed';
    END IF;
END//
DELIMITER ;
CREATE TRIGGER trg_audit_review_no_delete BEFORE DELETE ON audit_review FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit reviews are never deleted';
CREATE TRIGGER trg_audit_finding_no_delete BEFORE DELETE ON audit_finding FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit findings are never deleted';
