package vn.ishc.fund.report;

import vn.ishc.fund.club.ClubFigures.Figures;
import vn.ishc.fund.lending.LendingReads.ClubLoans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clubs of a commune, a province or the nation at a date, one line per club: members, women, elderly,
 * poor, fund size (IGF net assets), loans outstanding, borrowers and PAR30; a subtotal per commune and a
 * total, whose PAR30 is principal more than 30 days past due over principal outstanding of their clubs. Pure.
 */
public final class ClubSummaryStatement {

    private ClubSummaryStatement() {
    }

    /** A club line (code set), a commune's subtotal or the total (code null; commune null for the total). */
    public record Line(String commune, String province, String code, String name, int members, int women,
                       int elderly, int poor, BigDecimal fundSize, BigDecimal outstanding, int borrowers,
                       BigDecimal atRisk30) {

        public BigDecimal par30() {
            return outstanding.signum() == 0 ? BigDecimal.ZERO.setScale(4) : atRisk30.divide(outstanding, 4, RoundingMode.HALF_UP);
        }

        Line plus(Line o) {
            return new Line(commune, province, code, name, members + o.members, women + o.women, elderly + o.elderly,
                    poor + o.poor, fundSize.add(o.fundSize), outstanding.add(o.outstanding), borrowers + o.borrowers,
                    atRisk30.add(o.atRisk30));
        }

        public boolean subtotal() {
            return code == null;
        }
    }

    /** The clubs in the figures' order (province, commune, code), a subtotal after each commune, the total last. */
    public static List<Line> lines(List<Figures> clubs, Map<Long, BigDecimal> fundSizes, Map<Long, ClubLoans> loans) {
        List<Line> out = new ArrayList<>();
        Line total = zero(null, null);
        Line sub = null;
        Long commune = null;
        for (Figures f : clubs) {
            if (commune == null || commune != f.communeId()) {
                if (sub != null) {
                    out.add(sub);
                    total = total.plus(sub);
                }
                commune = f.communeId();
                sub = zero(f.communeName(), f.provinceName());
            }
            ClubLoans l = loans.get(f.clubId());
            Line line = new Line(f.communeName(), f.provinceName(), f.code(), f.name(), f.members(), f.women(),
                    f.elderly(), f.poor(), fundSizes.getOrDefault(f.clubId(), BigDecimal.ZERO),
                    l == null ? BigDecimal.ZERO : l.outstanding(), l == null ? 0 : l.borrowers(),
                    l == null ? BigDecimal.ZERO : l.atRisk30());
            out.add(line);
            sub = sub.plus(line);
        }
        if (sub != null) {
            out.add(sub);
            total = total.plus(sub);
        }
        out.add(total);
        return out;
    }

    private static Line zero(String commune, String province) {
        return new Line(commune, province, null, null, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    /** The statement as CSV: province and commune on every line, subtotals and the total named. */
    static byte[] csv(List<Line> lines, StatementTexts texts) {
        CsvTable csv = new CsvTable(List.of(texts.text("cs.province"), texts.text("cs.commune"), texts.text("cs.code"),
                texts.text("cs.club"), texts.text("cs.members"), texts.text("cs.women"), texts.text("cs.elderly"),
                texts.text("cs.poor"), texts.text("cs.fund"), texts.text("cs.outstanding"), texts.text("cs.borrowers"),
                "PAR30"));
        for (Line l : lines) {
            csv.row(l.province(), l.commune(), l.code(), label(l, texts), l.members(), l.women(), l.elderly(), l.poor(),
                    l.fundSize(), l.outstanding(), l.borrowers(), l.par30());
        }
        return csv.bytes();
    }

    /**
     * The template's rows: a bold line naming each commune (with its province over the nation), its clubs
     * numbered, its subtotal; the total last.
     */
    static List<Map<String, Object>> rows(List<Line> lines, boolean nation, StatementTexts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        String commune = null;
        for (Line l : lines) {
            if (!l.subtotal() && !l.commune().equals(commune)) {
                commune = l.commune();
                rows.add(row("section", null, null, nation ? l.commune() + ", " + l.province() : l.commune(), null));
            }
            rows.add(row(l.subtotal() ? "total" : "line", l.subtotal() ? null : ++n, l.code(), label(l, texts), l));
        }
        return rows;
    }

    private static String label(Line l, StatementTexts t) {
        if (!l.subtotal()) {
            return l.name();
        }
        return l.commune() == null ? t.text("total") : t.text("cs.subtotal", l.commune());
    }

    private static Map<String, Object> row(String style, Integer no, String code, String name, Line l) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("style", style);
        r.put("no", no);
        r.put("code", code);
        r.put("name", name);
        if (l != null) {
            r.put("members", l.members());
            r.put("women", l.women());
            r.put("elderly", l.elderly());
            r.put("poor", l.poor());
            r.put("fundSize", l.fundSize());
            r.put("outstanding", l.outstanding());
            r.put("borrowers", l.borrowers());
            r.put("par30", l.par30());
        }
        return r;
    }
}
