package vn.ishc.fund.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * Vietnamese voucher kinds, numbered per ledger and year: PT phiếu thu (cash received),
 * PC phiếu chi (cash paid), BC giấy báo có (received by bank), BN giấy báo nợ (paid by bank),
 * PK phiếu kế toán (no money moved: in-kind, write-off, closing).
 */
public enum VoucherType {
    PT, PC, BC, BN, PK;

    /** The voucher an entry needs, from the net movement of its cash (111…) and bank (112…) accounts. */
    public static VoucherType of(List<PostingDraft> postings) {
        BigDecimal cash = net(postings, "111");
        if (cash.signum() != 0) {
            return cash.signum() > 0 ? PT : PC;
        }
        BigDecimal bank = net(postings, "112");
        if (bank.signum() != 0) {
            return bank.signum() > 0 ? BC : BN;
        }
        return PK;
    }

    private static BigDecimal net(List<PostingDraft> postings, String prefix) {
        BigDecimal net = BigDecimal.ZERO;
        for (PostingDraft p : postings) {
            if (p.accountCode().startsWith(prefix)) {
                net = p.side() == Side.D ? net.add(p.amount()) : net.subtract(p.amount());
            }
        }
        return net;
    }

    /** The printed number, e.g. PT-2026-0007. */
    public static String format(String type, int year, int number) {
        String digits = Integer.toString(number);
        return type + "-" + year + "-" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }
}
