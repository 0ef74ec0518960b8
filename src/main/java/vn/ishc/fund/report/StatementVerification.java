package vn.ishc.fund.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a printed statement against the live books, for anyone holding it (no login: a commune official
 * scans the QR code). Each printed head (ledger, entry number, first 16 hex digits of its hash) matches when
 * that entry still has that hash and the chain up to it verifies: nothing printed was changed since.
 * Names are given only for heads that match (their holder has the statement anyway).
 */
@Singleton
public class StatementVerification {

    private static final int MAX_LEDGERS = 10;

    private final LedgerReads ledgers;
    private final ClubAccess clubs;

    public StatementVerification(LedgerReads ledgers, ClubAccess clubs) {
        this.ledgers = ledgers;
        this.clubs = clubs;
    }

    @Introspected
    public record HeadCheck(long ledgerId, long seq, String hash, boolean matches, String club, Fund fund) {
    }

    @Introspected
    public record Result(boolean matches, List<HeadCheck> ledgers) {
    }

    @ReadOnly
    public Result verify(String ledgerList, String seqList, String hashList) {
        String[] ids = split(ledgerList, "ledger");
        String[] seqs = split(seqList, "seq");
        String[] hashes = split(hashList, "hash");
        if (ids.length != seqs.length || ids.length != hashes.length) {
            throw ApiException.invalid("seq", "verify-lists");
        }
        List<HeadCheck> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            long id = number(ids[i], "ledger");
            long seq = number(seqs[i], "seq");
            String hash = hashes[i].toLowerCase(java.util.Locale.ROOT);
            if (!hash.matches("[0-9a-f]{" + Letterheads.HASH_DIGITS + ",64}")) {
                throw ApiException.invalid("hash", "pattern");
            }
            LedgerRow row = ledgers.find(id).orElse(null);
            boolean matches = row != null && ledgers.headMatches(id, seq, hash);
            String club = null;
            if (matches) {
                Map<Long, ClubAccess.Label> label = clubs.labels(List.of(row.clubId()));
                club = label.get(row.clubId()).name() + " (" + label.get(row.clubId()).code() + ")";
            }
            out.add(new HeadCheck(id, seq, hash, matches, club, matches ? row.fund() : null));
        }
        return new Result(out.stream().allMatch(HeadCheck::matches), out);
    }

    private static String[] split(String list, String field) {
        if (list == null || list.isBlank()) {
            throw ApiException.invalid(field, "required");
        }
        String[] parts = list.split(",", -1);
        if (parts.length > MAX_LEDGERS) {
            throw ApiException.invalid(field, "max", MAX_LEDGERS);
        }
        return parts;
    }

    private static long number(String s, String field) {
        try {
            long v = Long.parseLong(s.trim());
            if (v < 0) {
                throw ApiException.invalid(field, "min", 0);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "integer");
        }
    }
}
