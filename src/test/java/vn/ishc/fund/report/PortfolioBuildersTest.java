package vn.ishc.fund.report;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.club.ClubFigures.Figures;
import vn.ishc.fund.club.DonorDtos.DonorView;
import vn.ishc.fund.club.DonorKind;
import vn.ishc.fund.ledger.DonorMovements.Given;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerDtos.MemberLine;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.lending.LendingReads.ClubLoans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure table builders of the passbook, donor report and club summary, on data made by hand. */
class PortfolioBuildersTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 10);

    private static BigDecimal v(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static MemberLine line(Fund fund, long seq, LocalDate date, String voucher, String code, Side side, long amount) {
        return new MemberLine(seq, fund, seq, date, voucher, "", code, side, v(amount), null);
    }

    @Test
    void thePassbookRunsItsBalancesFromBeforeThePeriodAndNamesEachLine() {
        List<MemberLine> lines = List.of(
                line(Fund.IGF, 1, D.minusMonths(2), "PT-2026-0001", "4111", Side.C, 300_000),
                line(Fund.IGF, 2, D, "PC-2026-0001", "12881", Side.D, 2_000_000),
                line(Fund.IGF, 3, D.plusDays(30), "PT-2026-0002", "12881", Side.C, 500_000),
                line(Fund.IGF, 3, D.plusDays(30), "PT-2026-0002", "515", Side.C, 20_000),
                line(Fund.IGF, 3, D.plusDays(30), "PT-2026-0002", "711", Side.C, 5_000),
                line(Fund.IGF, 4, D.plusDays(40), "PK-2026-0001", "12881", Side.C, 1_500_000),
                line(Fund.AF, 1, D.plusDays(1), "PT-2026-0001", "711", Side.C, 10_000),
                line(Fund.IGF, 5, D.plusDays(50), "PC-2026-0002", "4111", Side.D, 300_000),
                line(Fund.IGF, 6, D.plusDays(90), "PT-2026-0003", "4111", Side.C, 999_000));
        PassbookStatement.Book b = PassbookStatement.book(lines, List.of(), new StatementPeriod(D, D.plusDays(60)));
        assertEquals(v(300_000), b.openingCapital());
        assertEquals(BigDecimal.ZERO, b.openingLoans());
        assertEquals(List.of(PassbookStatement.Kind.LOAN_DISBURSED, PassbookStatement.Kind.PRINCIPAL,
                PassbookStatement.Kind.INTEREST, PassbookStatement.Kind.PENALTY, PassbookStatement.Kind.WRITTEN_OFF,
                PassbookStatement.Kind.CAPITAL_RETURNED), b.igf().stream().map(PassbookStatement.Line::kind).toList());
        assertEquals(v(1_500_000), b.igf().get(1).loans(), "owed after the first repayment");
        assertEquals(BigDecimal.ZERO, b.closingCapital(), "returned, and the later contribution is after the period");
        assertEquals(BigDecimal.ZERO, b.closingLoans());
        assertEquals(v(10_000), b.feesPaid());
        assertEquals(PassbookStatement.Kind.FEE, b.af().get(0).kind());
    }

    @Test
    void donorsAreGroupedByKindWithSubtotalsAndThoseWhoGaveNothingLeftOut() {
        List<DonorView> register = List.of(new DonorView(1, 9, "B Org", DonorKind.ORGANISATION, null, null, null),
                new DonorView(2, 9, "An", DonorKind.INDIVIDUAL, null, null, null),
                new DonorView(3, 9, "A Org", DonorKind.ORGANISATION, null, null, null),
                new DonorView(4, 9, "Nobody", DonorKind.INDIVIDUAL, null, null, null));
        Map<Long, Given> given = Map.of(
                1L, new Given(1, v(100), v(0), v(0), v(100), v(0)),
                2L, new Given(2, v(0), v(50), v(0), v(0), v(50)),
                3L, new Given(3, v(0), v(0), v(700), v(700), v(0)));
        List<DonorStatement.Line> lines = DonorStatement.lines(register, given);
        assertEquals(List.of("An", "-", "A Org", "B Org", "-", "total"), lines.stream()
                .map(l -> l.name() != null ? l.name() : l.kind() != null ? "-" : "total").toList());
        assertEquals(v(800), lines.get(4).total());
        assertEquals(v(850), lines.get(5).total());
        assertEquals(v(800), lines.get(5).toCapital());
        assertNull(lines.get(5).kind());
    }

    @Test
    void theSummaryWeighsPar30ByPrincipalAndSubtotalsEachCommune() {
        List<Figures> clubs = List.of(new Figures(1, "A1", "Club A1", 10, "Xã A", "Tỉnh", 20, 12, 8, 5),
                new Figures(2, "A2", "Club A2", 10, "Xã A", "Tỉnh", 10, 6, 4, 3),
                new Figures(3, "B1", "Club B1", 11, "Xã B", "Tỉnh", 5, 5, 5, 5));
        Map<Long, ClubLoans> loans = Map.of(
                1L, new ClubLoans(1, 3, 3, v(9_000_000), v(0), new BigDecimal("0.0000")),
                2L, new ClubLoans(2, 1, 1, v(1_000_000), v(1_000_000), new BigDecimal("1.0000")));
        List<ClubSummaryStatement.Line> lines = ClubSummaryStatement.lines(clubs, Map.of(1L, v(50), 3L, v(7)), loans);
        assertEquals(6, lines.size(), "two clubs and a subtotal, one club and a subtotal, the total");
        ClubSummaryStatement.Line subA = lines.get(2);
        assertTrue(subA.subtotal());
        assertEquals("Xã A", subA.commune());
        assertEquals(30, subA.members());
        assertEquals(4, subA.borrowers());
        assertEquals(new BigDecimal("0.1000"), subA.par30(), "1M at risk of 10M, not the mean of 0% and 100%");
        assertEquals(BigDecimal.ZERO, lines.get(3).outstanding(), "a club without loans");
        ClubSummaryStatement.Line total = lines.get(5);
        assertNull(total.commune());
        assertEquals(35, total.members());
        assertEquals(v(57), total.fundSize());
        assertEquals(v(10_000_000), total.outstanding());
    }
}
