-- Administrative units: province; commune, ward or special zone; village or residential group.
-- Units are never re-parented: a merger ends the old unit (valid_to) and names its successor,
-- so clubs registered under the old unit still roll up through the closure table.
CREATE TABLE admin_unit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(20)  NOT NULL,
    name         VARCHAR(150) NOT NULL,
    level        VARCHAR(10)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    parent_id    BIGINT       NULL,
    area_type    VARCHAR(20)  NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE         NULL,
    successor_id BIGINT       NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_admin_unit_code UNIQUE (code),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_admin_unit_successor FOREIGN KEY (successor_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_admin_unit_level CHECK (level IN ('PROVINCE', 'COMMUNE', 'VILLAGE')),
    CONSTRAINT ck_admin_unit_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    INDEX ix_admin_unit_parent (parent_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every (ancestor, descendant) pair, including each unit with itself and the ancestors of
-- a merged unit's successor: scope checks and roll-ups are one indexed lookup.
CREATE TABLE admin_unit_closure (
    ancestor_id   BIGINT NOT NULL,
    descendant_id BIGINT NOT NULL,
    PRIMARY KEY (ancestor_id, descendant_id),
    INDEX ix_closure_descendant (descendant_id),
    CONSTRAINT fk_closure_ancestor FOREIGN KEY (ancestor_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_closure_descendant FOREIGN KEY (descendant_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB;

CREATE TABLE club (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(30)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    commune_id           BIGINT       NOT NULL,
    village_id           BIGINT       NULL,
    founded_on           DATE         NOT NULL,
    founding_decision_no VARCHAR(60)  NULL,
    status               VARCHAR(12)  NOT NULL,
    meeting_day          TINYINT      NULL,
    created_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_club_code UNIQUE (code),
    CONSTRAINT fk_club_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_club_village FOREIGN KEY (village_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_club_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DISSOLVED')),
    CONSTRAINT ck_club_meeting_day CHECK (meeting_day IS NULL OR meeting_day BETWEEN 1 AND 31),
    INDEX ix_club_commune (commune_id),
    INDEX ix_club_village (village_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id        BIGINT       NOT NULL,
    member_no      INT          NOT NULL,
    full_name      VARCHAR(150) NOT NULL,
    sex            VARCHAR(6)   NOT NULL,
    birth_year     SMALLINT     NOT NULL,
    poverty_status VARCHAR(15)  NOT NULL,
    ethnicity      VARCHAR(50)  NULL,
    village_id     BIGINT       NULL,
    phone          VARCHAR(20)  NULL,
    joined_on      DATE         NOT NULL,
    left_on        DATE         NULL,
    left_reason    VARCHAR(200) NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_member_no UNIQUE (club_id, member_no),
    CONSTRAINT fk_member_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_member_village FOREIGN KEY (village_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_member_sex CHECK (sex IN ('FEMALE', 'MALE')),
    CONSTRAINT ck_member_poverty CHECK (poverty_status IN ('POOR', 'NEAR_POOR', 'DISADVANTAGED', 'NONE')),
    CONSTRAINT ck_member_dates CHECK (left_on IS NULL OR left_on >= joined_on),
    INDEX ix_member_club_name (club_id, full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_member (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id    BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    role       VARCHAR(12)  NOT NULL,
    term_start DATE         NOT NULL,
    term_end   DATE         NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_board_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_board_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_board_role CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'TREASURER', 'OTHER')),
    CONSTRAINT ck_board_term CHECK (term_end IS NULL OR term_end >= term_start),
    INDEX ix_board_club (club_id, term_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_id    BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    trained_on DATE         NOT NULL,
    topic      VARCHAR(200) NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_training_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_training_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_training_kind CHECK (kind IN ('INITIAL', 'REFRESHER')),
    INDEX ix_training_club (club_id, trained_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    full_name     VARCHAR(150) NULL,
    role          VARCHAR(20)  NOT NULL,
    scope_unit_id BIGINT       NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (scope_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'PROVINCE_OFFICER', 'AUDITOR', 'CHAIR', 'TREASURER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The clubs a user is scoped to: one for CHAIR and TREASURER, a list for an AUDITOR.
CREATE TABLE app_user_club (
    user_id BIGINT NOT NULL,
    club_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, club_id),
    INDEX ix_user_club_club (club_id),
    CONSTRAINT fk_user_club_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_club_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE = InnoDB;

-- Service-wide settings kept in the database (for example the generated JWT signing secret).
CREATE TABLE app_setting (
    name  VARCHAR(60) PRIMARY KEY,
    value TEXT        NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
