package vn.ishc.fund.monitoring;

import vn.ishc.fund.club.ClubFigures.Profile;
import vn.ishc.fund.lending.LendingReads.ClubLending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** One club's {@link Measures} from what the registry, the ledger and the lending book say of it. Pure. */
public final class ClubMeasures {

    /** The fund size from which a club counts among those with a fund of 50 million VND or more (1648/QĐ-TTg). */
    public static final BigDecimal FUNDED = new BigDecimal("50000000");

    private ClubMeasures() {
    }

    /**
     * @param fundSize the income-generation fund's net assets at the date (null: no books)
     * @param lending  the club's lending at the date (null: it never lent)
     * @param newSince clubs founded on or after this date count as new
     */
    public static Measures of(Profile club, BigDecimal fundSize, ClubLending lending, LocalDate newSince) {
        Map<Measure, Number> m = new EnumMap<>(Measure.class);
        BigDecimal fund = fundSize == null ? BigDecimal.ZERO : fundSize;
        m.put(Measure.CLUBS, 1);
        m.put(Measure.NEW_CLUBS, club.foundedOn().isBefore(newSince) ? 0 : 1);
        m.put(Measure.MEMBERS, club.members());
        m.put(Measure.WOMEN, club.women());
        m.put(Measure.ELDERLY, club.elderly());
        m.put(Measure.ELDERLY_WOMEN, club.elderlyWomen());
        m.put(Measure.QUOTA_ELDERLY, club.quotaElderly());
        m.put(Measure.POOR, club.poor());
        m.put(Measure.BOARD, club.board());
        m.put(Measure.BOARD_TRAINED, club.boardTrained());
        m.put(Measure.FUND_SIZE, fund);
        m.put(Measure.FUNDED_CLUBS, fund.compareTo(FUNDED) >= 0 ? 1 : 0);
        if (lending != null) {
            m.put(Measure.BORROWED, lending.borrowed());
            m.put(Measure.OUTSTANDING, lending.outstanding());
            m.put(Measure.AT_RISK_30, lending.atRisk30());
            m.put(Measure.DUE, lending.dueToDate());
            m.put(Measure.PAID, lending.paidToDate());
        }
        return Measures.of(m);
    }
}
