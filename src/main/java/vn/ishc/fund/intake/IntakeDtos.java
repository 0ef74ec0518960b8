package vn.ishc.fund.intake;

import io.micronaut.core.annotation.Introspected;
import vn.ishc.fund.intake.Plan.Action;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The answer to an import or its dry run: what each row does (or did), and every problem. */
public final class IntakeDtos {

    private IntakeDtos() {
    }

    @Introspected
    public record Report(boolean dryRun, boolean imported, String format, Summary summary, List<MemberLine> members,
                         List<DonorLine> donors, List<BalanceView> balances, List<ProblemView> problems) {
    }

    @Introspected
    public record Summary(int membersCreated, int membersUpdated, int membersUnchanged, int donorsCreated,
                          int donorsUnchanged, int balanceLines, int problems) {
    }

    /** {@code memberId}: the member's id once imported (or already registered). */
    @Introspected
    public record MemberLine(int row, int memberNo, String fullName, Action action, List<String> changed, Long memberId) {
    }

    @Introspected
    public record DonorLine(int row, String name, Action action) {
    }

    /**
     * A fund's opening balances; 421 takes {@code surplus} on {@code surplusSide} (null: they balance).
     * {@code action}: CREATE, or UNCHANGED when the ledger was opened with exactly these; {@code entryId}: the
     * entry posted.
     */
    @Introspected
    public record BalanceView(Fund fund, LocalDate date, List<BalanceLine> lines, BigDecimal debit, BigDecimal credit,
                              Side surplusSide, BigDecimal surplus, Action action, Long entryId) {
    }

    @Introspected
    public record BalanceLine(int row, String accountCode, Integer memberNo, BigDecimal amount, Side side) {
    }

    /**
     * A problem: sheet (its Vietnamese title), row and column as the spreadsheet shows them (null for the
     * whole file or sheet), the column's header in the user's language, the value found, the rule and a message.
     */
    @Introspected
    public record ProblemView(String sheet, Integer row, String column, String columnName, String value, String rule,
                              String message) {
    }

    /** What the idempotency key is bound to: the file's content. */
    @Introspected
    public record FileDigest(String sha256) {
    }
}
