-- Loans to members move from 1283 (a Circular 200 number) to 12881, a level-3 account under 1288 as
-- Circular 133/2016/TT-BTC lets an entity open: the statements are printed on Circular 133 forms.
-- Posted entries are never rewritten (their hashes include the account codes), so a database whose
-- 1283 already has postings is refused here: rebuild development and demo data (delete the data
-- folder; the demo loads again) rather than rewrite history.
DELIMITER //
BEGIN NOT ATOMIC
    IF EXISTS (SELECT 1 FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = '1283') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
            'Account 1283 has postings: loans to members are now 12881 (Circular 133). Rebuild this development database (delete its data folder) instead of rewriting posted entries.';
    END IF;
END//
DELIMITER ;

UPDATE account_template SET code = '12881' WHERE code = '1283';
UPDATE account SET code = '12881' WHERE code = '1283';
