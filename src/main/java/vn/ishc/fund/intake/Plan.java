package vn.ishc.fund.intake;

import vn.ishc.fund.club.DonorKind;
import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.club.Sex;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What importing a file would do, row by row, and every problem that stops it. */
public record Plan(List<MemberRow> members, List<DonorRow> donors, List<Opening> openings, List<Issue> problems) {

    public enum Action { CREATE, UPDATE, UNCHANGED }

    /** A member as the file gives them. */
    public record Person(String fullName, Sex sex, int birthYear, PovertyStatus poverty, String ethnicity,
                         String phone, LocalDate joinedOn) {
    }

    /** {@code changed}: the columns an update changes (keys of the layout). */
    public record MemberRow(int row, int memberNo, Action action, Long existingId, Person person, List<String> changed) {
    }

    public record DonorRow(int row, String name, DonorKind kind, String contact, String note, Action action) {
    }

    /** One balance taken over, on its account's normal side. */
    public record Line(int row, String accountCode, Integer memberNo, BigDecimal amount, Side side) {
    }

    /**
     * A fund's opening balances: the lines, their debit and credit totals, and what 421 takes to balance
     * them ({@code surplusSide} null when they balance already); {@code UNCHANGED} when the ledger was opened
     * with exactly these balances (the same file imported again), {@code CREATE} otherwise.
     */
    public record Opening(Fund fund, LocalDate date, List<Line> lines, BigDecimal debit, BigDecimal credit,
                          Side surplusSide, BigDecimal surplus, Action action) {
        Opening unchanged() {
            return new Opening(fund, date, lines, debit, credit, surplusSide, surplus, Action.UNCHANGED);
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
