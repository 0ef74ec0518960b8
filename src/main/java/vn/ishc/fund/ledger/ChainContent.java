package vn.ishc.fund.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical content of a posted entry and its chain hash (invariant 3):
 * {@code hash = SHA-256(previous hash ‖ canonical content)}, hex-encoded. Every field is written as
 * {@code <byte length>:<value>;} so no value can be mistaken for another, and amounts in plain form
 * without trailing zeros, so the hash does not depend on how the database scales decimals.
 * Changing, removing or inserting any entry or posting changes the hash of that entry and breaks
 * the link of the next one.
 */
public record ChainContent(long ledgerId, long seq, LocalDate valueDate, String operation, String voucherType,
                           int voucherYear, int voucherNo, String description, BigDecimal total, Long reversesId,
                           String reversalReason, String batchId, long recordedBy, String recordedByName,
                           Instant recordedAt, List<Line> lines) {

    public static final String GENESIS = "0".repeat(64);

    /** One posting as hashed. */
    public record Line(int lineNo, String accountCode, Side side, BigDecimal amount, Long memberId, Long loanId,
                       Long donorId, Integer activityArea) {
    }

    public String hash(String previousHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    String canonical() {
        StringBuilder out = new StringBuilder(256 + 96 * lines.size());
        field(out, "v1");
        field(out, ledgerId);
        field(out, seq);
        field(out, valueDate);
        field(out, operation);
        field(out, voucherType);
        field(out, voucherYear);
        field(out, voucherNo);
        field(out, description);
        field(out, plain(total));
        field(out, reversesId);
        field(out, reversalReason);
        field(out, batchId);
        field(out, recordedBy);
        field(out, recordedByName);
        field(out, recordedAt.toEpochMilli());
        field(out, lines.size());
        for (Line l : lines) {
            field(out, l.lineNo());
            field(out, l.accountCode());
            field(out, l.side());
            field(out, plain(l.amount()));
            field(out, l.memberId());
            field(out, l.loanId());
            field(out, l.donorId());
            field(out, l.activityArea());
        }
        return out.toString();
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("-;");
            return;
        }
        String s = value.toString();
        out.append(s.getBytes(StandardCharsets.UTF_8).length).append(':').append(s).append(';');
    }
}
