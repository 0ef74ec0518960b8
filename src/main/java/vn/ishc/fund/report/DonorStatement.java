package vn.ishc.fund.report;

import vn.ishc.fund.club.DonorDtos.DonorView;
import vn.ishc.fund.club.DonorKind;
import vn.ishc.fund.ledger.DonorMovements.Given;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a club's donors gave in a period: per donor, by kind of donor, how it came (cash, bank, goods)
 * and what it went to (the fund's capital, 4118, or activities, 711); a subtotal per kind of donor and
 * a total. Donors who gave nothing in the period are left out. Pure.
 */
public final class DonorStatement {

    private DonorStatement() {
    }

    /** A line: a donor (kind and name), a subtotal of a kind (name null), or the total (both null). */
    public record Line(DonorKind kind, String name, BigDecimal cash, BigDecimal bank, BigDecimal goods,
                       BigDecimal total, BigDecimal toCapital, BigDecimal forActivities) {
        Line plus(Given g) {
            return new Line(kind, name, cash.add(g.cash()), bank.add(g.bank()), goods.add(g.goods()),
                    total.add(g.total()), toCapital.add(g.toCapital()), forActivities.add(g.forActivities()));
        }

        Line plus(Line o) {
            return new Line(kind, name, cash.add(o.cash), bank.add(o.bank), goods.add(o.goods), total.add(o.total),
                    toCapital.add(o.toCapital), forActivities.add(o.forActivities));
        }

        static Line zero(DonorKind kind, String name) {
            BigDecimal z = BigDecimal.ZERO;
            return new Line(kind, name, z, z, z, z, z, z);
        }

        public boolean subtotal() {
            return name == null;
        }
    }

    /** Donor lines grouped by kind (in the register's order of kinds), each group followed by its subtotal; then the total. */
    public static List<Line> lines(List<DonorView> donors, Map<Long, Given> given) {
        List<Line> out = new ArrayList<>();
        Line total = Line.zero(null, null);
        for (DonorKind kind : DonorKind.values()) {
            Line sub = Line.zero(kind, null);
            List<DonorView> ofKind = donors.stream().filter(d -> d.kind() == kind && given.containsKey(d.id()))
                    .sorted(Comparator.comparing(DonorView::name).thenComparingLong(DonorView::id)).toList();
            for (DonorView d : ofKind) {
                Line l = Line.zero(kind, d.name()).plus(given.get(d.id()));
                out.add(l);
                sub = sub.plus(l);
            }
            if (!ofKind.isEmpty()) {
                out.add(sub);
                total = total.plus(sub);
            }
        }
        out.add(total);
        return out;
    }

    /** The statement as CSV: a line per donor, subtotal and the total. */
    static byte[] csv(List<Line> lines, StatementTexts texts) {
        CsvTable csv = new CsvTable(List.of(texts.text("dn.donor"), texts.text("dn.kind"), texts.text("dn.cash"),
                texts.text("dn.bank"), texts.text("dn.goods"), texts.text("dn.total"), texts.text("dn.capital"),
                texts.text("dn.activities")));
        for (Line l : lines) {
            csv.row(name(l, texts), l.kind() == null ? null : texts.text("dn.kind." + l.kind().name()), l.cash(),
                    l.bank(), l.goods(), l.total(), l.toCapital(), l.forActivities());
        }
        return csv.bytes();
    }

    /** The template's rows: donors numbered, subtotals and the total in bold, zero amounts blank. */
    static List<Map<String, Object>> rows(List<Line> lines, StatementTexts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Line l : lines) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("no", l.subtotal() ? null : ++n);
            r.put("name", name(l, texts));
            r.put("kind", l.subtotal() ? null : texts.text("dn.kind." + l.kind().name()));
            r.put("bold", l.subtotal());
            r.put("cash", TrialBalanceStatement.blank(l.cash()));
            r.put("bank", TrialBalanceStatement.blank(l.bank()));
            r.put("goods", TrialBalanceStatement.blank(l.goods()));
            r.put("total", l.total());
            r.put("capital", TrialBalanceStatement.blank(l.toCapital()));
            r.put("activities", TrialBalanceStatement.blank(l.forActivities()));
            rows.add(r);
        }
        return rows;
    }

    private static String name(Line l, StatementTexts t) {
        if (!l.subtotal()) {
            return l.name();
        }
        return l.kind() == null ? t.text("total") : t.text("dn.subtotal", t.text("dn.kind." + l.kind().name()));
    }
}
