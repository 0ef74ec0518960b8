package vn.ishc.fund.report;

import jakarta.inject.Singleton;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerReads.Account;
import vn.ishc.fund.ledger.LedgerReads.Totals;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trial balance of form F01-DNN for a period: per account, the opening balance (at the day before the
 * period), the period's debits and credits, and the closing balance, each balance on its debit or credit
 * side. Accounts with sub-accounts print the sum of them, in bold; the totals count the leaf accounts only,
 * so they balance: opening debits = opening credits, and so on.
 */
@Singleton
public class TrialBalanceStatement {

    private final LedgerReads ledgers;

    public TrialBalanceStatement(LedgerReads ledgers) {
        this.ledgers = ledgers;
    }

    /** One line of the form (amounts are never negative; zero prints blank). */
    public record Line(String code, String name, boolean header, BigDecimal openDebit, BigDecimal openCredit,
                       BigDecimal periodDebit, BigDecimal periodCredit, BigDecimal closeDebit, BigDecimal closeCredit) {
        Line plus(Line o) {
            return new Line(code, name, header, openDebit.add(o.openDebit), openCredit.add(o.openCredit),
                    periodDebit.add(o.periodDebit), periodCredit.add(o.periodCredit), closeDebit.add(o.closeDebit),
                    closeCredit.add(o.closeCredit));
        }

        boolean empty() {
            return openDebit.signum() == 0 && openCredit.signum() == 0 && periodDebit.signum() == 0
                    && periodCredit.signum() == 0 && closeDebit.signum() == 0 && closeCredit.signum() == 0;
        }
    }

    /** The form's lines (accounts without any balance or movement left out) and its total line. */
    public record Table(List<Line> lines, Line total) {
    }

    public Table table(LedgerRow ledger, StatementPeriod period, java.util.Locale locale) {
        Map<String, Totals> opening = ledgers.totals(ledger.id(), period.dayBefore());
        Map<String, Totals> closing = ledgers.totals(ledger.id(), period.to());
        return table(ledgers.accounts(ledger.id()), opening, closing, locale);
    }

    /** Pure: the form from the chart and the totals at the day before the period and at its end. */
    static Table table(List<Account> chart, Map<String, Totals> opening, Map<String, Totals> closing,
                       java.util.Locale locale) {
        Map<String, Line> leaves = new LinkedHashMap<>();
        for (Account a : chart) {
            if (!a.header()) {
                Totals open = opening.getOrDefault(a.code(), Totals.ZERO);
                Totals close = closing.getOrDefault(a.code(), Totals.ZERO);
                Totals moved = close.minus(open);
                leaves.put(a.code(), new Line(a.code(), a.name(locale), false, debit(open.net()), credit(open.net()),
                        moved.debit(), moved.credit(), debit(close.net()), credit(close.net())));
            }
        }
        List<Line> lines = new ArrayList<>();
        Line zero = new Line("", "", false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
        Line total = zero;
        for (Account a : chart) {
            if (a.header()) {
                // a header prints its sub-accounts' sums, netted on each side again
                Line sum = zero;
                for (Line leaf : leaves.values()) {
                    if (leaf.code().startsWith(a.code())) {
                        sum = sum.plus(leaf);
                    }
                }
                Line header = net(new Line(a.code(), a.name(locale), true, sum.openDebit(), sum.openCredit(),
                        sum.periodDebit(), sum.periodCredit(), sum.closeDebit(), sum.closeCredit()));
                if (!header.empty()) {
                    lines.add(header);
                }
            } else {
                Line leaf = leaves.get(a.code());
                total = total.plus(leaf);
                if (!leaf.empty()) {
                    boolean sub = chart.stream().anyMatch(p -> p.header() && a.code().startsWith(p.code()));
                    lines.add(sub ? new Line(leaf.code(), "    " + leaf.name(), false, leaf.openDebit(), leaf.openCredit(),
                            leaf.periodDebit(), leaf.periodCredit(), leaf.closeDebit(), leaf.closeCredit()) : leaf);
                }
            }
        }
        return new Table(lines, new Line("", "", false, total.openDebit(), total.openCredit(), total.periodDebit(),
                total.periodCredit(), total.closeDebit(), total.closeCredit()));
    }

    /** A header's balances on one side: the net of its sub-accounts' debit and credit balances. */
    private static Line net(Line l) {
        BigDecimal open = l.openDebit().subtract(l.openCredit());
        BigDecimal close = l.closeDebit().subtract(l.closeCredit());
        return new Line(l.code(), l.name(), true, debit(open), credit(open), l.periodDebit(), l.periodCredit(),
                debit(close), credit(close));
    }

    private static BigDecimal debit(BigDecimal net) {
        return net.signum() > 0 ? net : BigDecimal.ZERO;
    }

    private static BigDecimal credit(BigDecimal net) {
        return net.signum() < 0 ? net.negate() : BigDecimal.ZERO;
    }

    /** The lines as the template's rows: zero amounts null (they print blank), whole VND. */
    static List<Map<String, Object>> rows(Table table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Line l : table.lines()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("code", l.code());
            r.put("name", l.name());
            r.put("header", l.header());
            r.put("openDebit", blank(l.openDebit()));
            r.put("openCredit", blank(l.openCredit()));
            r.put("periodDebit", blank(l.periodDebit()));
            r.put("periodCredit", blank(l.periodCredit()));
            r.put("closeDebit", blank(l.closeDebit()));
            r.put("closeCredit", blank(l.closeCredit()));
            rows.add(r);
        }
        return rows;
    }

    static BigDecimal blank(BigDecimal v) {
        return v.signum() == 0 ? null : Amounts.normalize(v, Amounts.VND);
    }
}
