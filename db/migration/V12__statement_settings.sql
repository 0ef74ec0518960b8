-- How a club's printed statements are signed: the three signature titles (default: Người lập biểu,
-- Thủ quỹ, Chủ nhiệm CLB; Circular 133's chief accountant and legal representative do not exist in a
-- club) and the place written before the date (default: the club's commune).
CREATE TABLE statement_settings (
    club_id         BIGINT       PRIMARY KEY,
    preparer_title  VARCHAR(60)  NULL,
    treasurer_title VARCHAR(60)  NULL,
    chair_title     VARCHAR(60)  NULL,
    place           VARCHAR(100) NULL,
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_statement_settings_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
