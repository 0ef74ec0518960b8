-- Monitoring (issue 13): indicators defined as data, and target plans with their goals.

-- An indicator is numerator / denominator over the sums of the clubs' measures (monitoring.Measure);
-- a count or an amount has no denominator. A new indicator of these shapes needs a row, not code.
CREATE TABLE indicator (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    numerator   VARCHAR(30)  NOT NULL,
    denominator VARCHAR(30)  NULL,
    unit        VARCHAR(8)   NOT NULL,
    direction   VARCHAR(6)   NOT NULL,
    position    INT          NOT NULL,
    CONSTRAINT ck_indicator_unit CHECK (unit IN ('COUNT', 'SHARE', 'VND')),
    CONSTRAINT ck_indicator_direction CHECK (direction IN ('HIGHER', 'LOWER')),
    CONSTRAINT ck_indicator_share CHECK (unit <> 'SHARE' OR denominator IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO indicator (code, name_vi, name_en, numerator, denominator, unit, direction, position) VALUES
('clubs', 'Số câu lạc bộ', 'Clubs', 'CLUBS', NULL, 'COUNT', 'HIGHER', 10),
('new_clubs', 'Câu lạc bộ thành lập mới', 'New clubs', 'NEW_CLUBS', NULL, 'COUNT', 'HIGHER', 20),
('members', 'Số hội viên', 'Members', 'MEMBERS', NULL, 'COUNT', 'HIGHER', 30),
('elderly_members', 'Hội viên là người cao tuổi', 'Elderly members', 'ELDERLY', NULL, 'COUNT', 'HIGHER', 40),
('women_among_elderly', 'Tỷ lệ nữ trong hội viên cao tuổi', 'Women among elderly members', 'ELDERLY_WOMEN', 'ELDERLY', 'SHARE', 'HIGHER', 50),
('share_elderly', 'Tỷ lệ hội viên cao tuổi (từ 55 tuổi)', 'Share of elderly members (55+)', 'QUOTA_ELDERLY', 'MEMBERS', 'SHARE', 'HIGHER', 60),
('share_women', 'Tỷ lệ hội viên nữ', 'Share of women', 'WOMEN', 'MEMBERS', 'SHARE', 'HIGHER', 70),
('share_poor', 'Tỷ lệ hội viên nghèo, cận nghèo, hoàn cảnh khó khăn', 'Share of poor, near-poor and disadvantaged members', 'POOR', 'MEMBERS', 'SHARE', 'HIGHER', 80),
('members_borrowed', 'Tỷ lệ hội viên được vay vốn', 'Members who borrowed', 'BORROWED', 'MEMBERS', 'SHARE', 'HIGHER', 90),
('clubs_fund_50m', 'Tỷ lệ CLB có quỹ tăng thu nhập từ 50 triệu đồng', 'Clubs with an income-generation fund of 50 million VND or more', 'FUNDED_CLUBS', 'CLUBS', 'SHARE', 'HIGHER', 100),
('average_fund', 'Quỹ tăng thu nhập bình quân mỗi CLB', 'Average income-generation fund per club', 'FUND_SIZE', 'CLUBS', 'VND', 'HIGHER', 110),
('fund_size', 'Tổng quỹ tăng thu nhập', 'Income-generation funds in all', 'FUND_SIZE', NULL, 'VND', 'HIGHER', 120),
('village_coverage', 'Tỷ lệ thôn, tổ dân phố có câu lạc bộ', 'Villages and residential groups with a club', 'VILLAGES_WITH_CLUB', 'VILLAGES', 'SHARE', 'HIGHER', 125),
('board_trained', 'Tỷ lệ thành viên ban chủ nhiệm được tập huấn', 'Board members trained', 'BOARD_TRAINED', 'BOARD', 'SHARE', 'HIGHER', 130),
('loans_outstanding', 'Dư nợ cho vay', 'Loans outstanding', 'OUTSTANDING', NULL, 'VND', 'HIGHER', 140),
('par30', 'Nợ quá hạn trên 30 ngày (PAR30)', 'Portfolio at risk over 30 days (PAR30)', 'AT_RISK_30', 'OUTSTANDING', 'SHARE', 'LOWER', 150),
('repayment_rate', 'Tỷ lệ trả nợ đúng hạn', 'Repayment rate', 'PAID', 'DUE', 'SHARE', 'HIGHER', 160);

-- A target plan: the nation's (unit_id NULL) or a province's. Count and amount goals are the plan unit's
-- totals; share goals hold for every unit under it and each club.
CREATE TABLE target_plan (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    unit_id    BIGINT       NULL,
    start_on   DATE         NOT NULL,
    end_on     DATE         NOT NULL,
    created_by VARCHAR(60)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_target_plan_code UNIQUE (code),
    CONSTRAINT fk_target_plan_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_target_plan_dates CHECK (end_on > start_on),
    INDEX ix_target_plan_unit (unit_id, start_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target_goal (
    plan_id   BIGINT        NOT NULL,
    indicator VARCHAR(40)   NOT NULL,
    goal      DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (plan_id, indicator),
    CONSTRAINT fk_target_goal_plan FOREIGN KEY (plan_id) REFERENCES target_plan (id),
    CONSTRAINT fk_target_goal_indicator FOREIGN KEY (indicator) REFERENCES indicator (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The national plans of decision 1648/QĐ-TTg (ranges kept by their lower bound: "50–60% women" is at least 50%).
INSERT INTO target_plan (code, name_vi, name_en, unit_id, start_on, end_on, created_by) VALUES
('NATIONAL-2025-2030', 'Mục tiêu toàn quốc giai đoạn 2025–2030 (Quyết định 1648/QĐ-TTg)',
 'National targets 2025–2030 (decision 1648/QĐ-TTg)', NULL, '2025-01-01', '2030-12-31', 'migration'),
('NATIONAL-2030-2035', 'Mục tiêu toàn quốc giai đoạn 2030–2035 (Quyết định 1648/QĐ-TTg)',
 'National targets 2030–2035 (decision 1648/QĐ-TTg)', NULL, '2031-01-01', '2035-12-31', 'migration');

INSERT INTO target_goal (plan_id, indicator, goal) VALUES
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'new_clubs', 6000),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'elderly_members', 300000),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'women_among_elderly', 0.5),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'share_elderly', 0.7),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'share_women', 0.6),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'share_poor', 0.6),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'members_borrowed', 0.5),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'clubs_fund_50m', 0.5),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'board_trained', 1),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2025-2030'), 'village_coverage', 0.2),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'new_clubs', 6000),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'elderly_members', 360000),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'women_among_elderly', 0.5),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'share_elderly', 0.7),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'share_women', 0.6),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'share_poor', 0.6),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'board_trained', 1),
((SELECT id FROM target_plan WHERE code = 'NATIONAL-2030-2035'), 'village_coverage', 0.3);
