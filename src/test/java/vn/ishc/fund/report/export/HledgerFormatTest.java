package vn.ishc.fund.report.export;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.ChainContent;
import vn.ishc.fund.ledger.LedgerJournal;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hledger journal as text, line by line; and, where hledger is installed, as hledger reads it. */
class HledgerFormatTest {

    private static final List<LedgerReads.Account> CHART = List.of(
            account("111", "Tiền mặt", AccountType.ASSET, Side.D, false),
            account("112", "Tiền gửi ngân hàng", AccountType.ASSET, Side.D, true),
            account("1121", "Tiền gửi  Agribank:\tCao Lộc", AccountType.ASSET, Side.D, false),
            account("2293", "Dự phòng nợ khó đòi", AccountType.ASSET, Side.C, false),
            account("3388", "Phải trả khác", AccountType.LIABILITY, Side.C, false),
            account("4111", "Vốn góp của thành viên", AccountType.EQUITY, Side.C, false),
            account("711", "Thu nhập khác", AccountType.INCOME, Side.C, false),
            account("642", "Chi phí quản lý", AccountType.EXPENSE, Side.D, false));

    private final HledgerFormat format = new HledgerFormat(CHART, "VND", 0);

    private static LedgerReads.Account account(String code, String name, AccountType type, Side side, boolean header) {
        return new LedgerReads.Account(code, name, name, type, side, header);
    }

    private static LedgerJournal.Entry entry(long seq, String voucherType, String description, Long reversesSeq,
                                             ChainContent.Line... lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (ChainContent.Line l : lines) {
            total = l.side() == Side.D ? total.add(l.amount()) : total;
        }
        ChainContent c = new ChainContent(7, seq, LocalDate.of(2026, 3, 1), "CONTRIBUTION", voucherType, 2026, (int) seq,
                description, total, reversesSeq == null ? null : 99L, null, null, 1, "Thủ quỹ", Instant.EPOCH,
                List.of(lines));
        return new LedgerJournal.Entry(c, reversesSeq, "0".repeat(64), "f".repeat(64));
    }

    private static ChainContent.Line line(int no, String code, Side side, String amount, Long member, Long loan,
                                          Long donor, Integer area) {
        return new ChainContent.Line(no, code, side, new BigDecimal(amount), member, loan, donor, area);
    }

    @Test
    void theHeaderDeclaresTheNumberFormTheCommodityAndEveryAccountWithItsType() {
        StringBuilder out = new StringBuilder();
        format.header(out, List.of("ishc-fund: ledger 7", "two\nlines"));
        assertEquals("""
                ; ishc-fund: ledger 7
                ; two lines

                decimal-mark .
                commodity 1000. VND

                account 111 Tiền mặt  ; type: A
                account 112 Tiền gửi ngân hàng  ; type: A
                account 112 Tiền gửi ngân hàng:1121 Tiền gửi Agribank- Cao Lộc  ; type: A
                account 2293 Dự phòng nợ khó đòi  ; type: A
                account 3388 Phải trả khác  ; type: L
                account 4111 Vốn góp của thành viên  ; type: E
                account 711 Thu nhập khác  ; type: R
                account 642 Chi phí quản lý  ; type: X

                """, out.toString());
        StringBuilder usd = new StringBuilder();
        new HledgerFormat(CHART, "USD", 2).header(usd, List.of());
        assertTrue(usd.toString().contains("commodity 1000.00 USD\n"), usd.toString());
    }

    @Test
    void anEntryIsATransactionWithItsVoucherTagsAndSignedAmounts() {
        StringBuilder out = new StringBuilder();
        format.entry(out, entry(12, "PT", "Góp vốn;  tháng\t3", null,
                line(1, "111", Side.D, "12500000.00", null, null, null, null),
                line(2, "4111", Side.C, "12500000.00", 5L, null, null, null)));
        format.entry(out, entry(13, "PC", "Đảo bút toán 12", 12L,
                line(1, "4111", Side.D, "12500000", 5L, 3L, 2L, 4),
                line(2, "1121", Side.C, "12500000", null, null, null, null)));
        assertEquals("""
                2026-03-01 (PT-2026-0012) Góp vốn, tháng 3  ; entry:12, operation:CONTRIBUTION
                    111 Tiền mặt  12500000 VND
                    4111 Vốn góp của thành viên  -12500000 VND  ; member:5

                2026-03-01 (PC-2026-0013) Đảo bút toán 12  ; entry:13, operation:CONTRIBUTION, reverses:12
                    4111 Vốn góp của thành viên  12500000 VND  ; member:5, loan:3, donor:2, area:4
                    112 Tiền gửi ngân hàng:1121 Tiền gửi Agribank- Cao Lộc  -12500000 VND

                """, out.toString());
    }

    @Test
    void openingBringsForwardTheNonZeroBalancesAndClosingAssertsEveryBalance() {
        StringBuilder none = new StringBuilder();
        format.opening(none, LocalDate.of(2026, 4, 1), Map.of("111", BigDecimal.ZERO));
        assertEquals("", none.toString(), "nothing to bring forward: no transaction");
        Map<String, BigDecimal> nets = Map.of("111", new BigDecimal("12550000.00"), "2293", new BigDecimal("-300000"),
                "4111", new BigDecimal("-12250000"));
        StringBuilder out = new StringBuilder();
        format.opening(out, LocalDate.of(2026, 4, 1), nets);
        format.closing(out, LocalDate.of(2026, 6, 30), nets);
        assertEquals("""
                2026-04-01 Số dư đầu kỳ / Opening balances  ; opening:
                    111 Tiền mặt  12550000 VND
                    2293 Dự phòng nợ khó đòi  -300000 VND
                    4111 Vốn góp của thành viên  -12250000 VND

                2026-06-30 Số dư cuối kỳ / Closing balances  ; closing:
                    111 Tiền mặt  0 VND = 12550000 VND
                    112 Tiền gửi ngân hàng:1121 Tiền gửi Agribank- Cao Lộc  0 VND = 0 VND
                    2293 Dự phòng nợ khó đòi  0 VND = -300000 VND
                    3388 Phải trả khác  0 VND = 0 VND
                    4111 Vốn góp của thành viên  0 VND = -12250000 VND
                    711 Thu nhập khác  0 VND = 0 VND
                    642 Chi phí quản lý  0 VND = 0 VND
                """, out.toString());
    }

    @Test
    void hledgerReadsItStrictlyWithTheBalancesWritten() {
        Map<String, BigDecimal> opening = Map.of("111", new BigDecimal("1000000"), "4111", new BigDecimal("-1000000"));
        StringBuilder out = new StringBuilder();
        format.header(out, List.of("test"));
        format.opening(out, LocalDate.of(2026, 1, 1), opening);
        format.entry(out, entry(1, "PT", "Góp vốn; (x) = [y] @ 1.000", null,
                line(1, "111", Side.D, "1000", null, null, null, null),
                line(2, "4111", Side.C, "1000", 5L, null, null, null)));
        format.entry(out, entry(2, "BN", "Chuyển khoản", null,
                line(1, "642", Side.D, "250", null, null, null, 2),
                line(2, "1121", Side.C, "250", null, null, null, null)));
        format.closing(out, LocalDate.of(2026, 3, 1), Map.of("111", new BigDecimal("1001000"),
                "4111", new BigDecimal("-1001000"), "642", new BigDecimal("250"), "1121", new BigDecimal("-250")));
        String journal = out.toString();
        if (!Programs.onPath("hledger")) {
            System.out.println("hledger is not installed: the journal was checked as text only");
            return;
        }
        var file = Programs.keep("format.journal", journal.getBytes(StandardCharsets.UTF_8));
        Programs.Run check = Programs.run("hledger", "-f", file.toString(), "check", "--strict");
        assertEquals(0, check.exit(), check.output() + journal);
        Programs.Run balance = Programs.run("hledger", "-f", file.toString(), "balance", "-O", "csv", "cur:VND");
        assertEquals("""
                "account","balance"
                "111 Tiền mặt","1001000 VND"
                "112 Tiền gửi ngân hàng:1121 Tiền gửi Agribank- Cao Lộc","-250 VND"
                "4111 Vốn góp của thành viên","-1001000 VND"
                "642 Chi phí quản lý","250 VND"
                "total","0"
                """, balance.output());
        // the description's "1.000" is text, and its ';' did not cut it short
        Programs.Run print = Programs.run("hledger", "-f", file.toString(), "print", "code:PT-2026-0001");
        assertTrue(print.output().contains("(PT-2026-0001) Góp vốn, (x) = [y] @ 1.000  ; entry:1"), print.output());
    }
}
