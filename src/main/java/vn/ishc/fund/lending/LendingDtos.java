package vn.ishc.fund.lending;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.lending.engine.EarlyPayoffInterest;
import vn.ishc.fund.lending.engine.InstalmentStatus;
import vn.ishc.fund.lending.engine.InterestMethod;
import vn.ishc.fund.lending.engine.PenaltyKind;
import vn.ishc.fund.lending.engine.RepaymentFrequency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the lending API. Rates are monthly decimals (0.005 = 0.5% a month); amounts are whole VND. */
public final class LendingDtos {

    private LendingDtos() {
    }

    @Introspected
    public record CreateProduct(@NotBlank @Size(max = 150) String name, @NotNull LoanKind kind,
                                @NotNull InterestMethod interestMethod,
                                @NotNull @DecimalMin("0") @DecimalMax("0.1") BigDecimal monthlyRate,
                                @NotNull @Min(1) @Max(120) Integer termMonths, @Nullable RepaymentFrequency frequency,
                                @Nullable @Min(0) @Max(119) Integer graceMonths, @Nullable BigDecimal roundingUnit,
                                @Nullable PenaltyKind penaltyKind, @Nullable BigDecimal penaltyAmount,
                                @Nullable @DecimalMin("0") @DecimalMax("0.1") BigDecimal penaltyRate,
                                @NotNull BigDecimal minAmount, @NotNull BigDecimal maxAmount,
                                @Nullable @Min(1) @Max(20) Integer maxOpenLoans,
                                @Nullable EarlyPayoffInterest earlyPayoffInterest, @Nullable LocalDate offeredFrom) {
    }

    /** Limits and availability may change; the terms of a product never do (make a new product). */
    @Introspected
    public record UpdateProduct(@Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount,
                                @Nullable @Min(1) @Max(20) Integer maxOpenLoans, @Nullable Boolean active) {
    }

    @Introspected
    public record ProductView(long id, long clubId, String name, LoanKind kind, InterestMethod interestMethod,
                              BigDecimal monthlyRate, int termMonths, RepaymentFrequency frequency, int graceMonths,
                              BigDecimal roundingUnit, PenaltyKind penaltyKind, BigDecimal penaltyAmount,
                              BigDecimal penaltyRate, BigDecimal minAmount, BigDecimal maxAmount, int maxOpenLoans,
                              boolean active, EarlyPayoffInterest earlyPayoffInterest, LocalDate offeredFrom) {
    }

    /** A member applies; for goods, what and how many (the amount is their value in VND). */
    @Introspected
    public record Apply(@NotNull Long memberId, @NotNull Long productId, @NotNull BigDecimal amount,
                        @NotBlank @Size(max = 300) String purpose, @Nullable LocalDate appliedOn,
                        @Nullable @Size(max = 200) String item, @Nullable @DecimalMin("0.01") BigDecimal quantity) {
    }

    public enum DecisionKind { CHAIR, BOARD }

    /**
     * CHAIR: the chair decides. BOARD: a recorded board decision, with its date, the minutes number and
     * the board member who approved — required when the chair is the borrower.
     */
    @Introspected
    public record Approve(@NotNull DecisionKind decision, @NotNull LocalDate decidedOn,
                          @Nullable @Size(max = 60) String minutesNo, @Nullable Long approverMemberId,
                          @Nullable @Size(max = 300) String note) {
    }

    @Introspected
    public record Decline(@NotNull LocalDate date, @NotBlank @Size(max = 300) String reason) {
    }

    @Introspected
    public record Disburse(@NotNull LocalDate date, @NotNull Disbursement method,
                           @Nullable @Pattern(regexp = "[0-9]{3,10}") String moneyAccount) {
    }

    /** How a member pays: into the cash box (111) or the bank book (112). */
    public enum PayMethod {
        CASH, BANK;

        public String account() {
            return this == BANK ? "112" : "111";
        }

        /** The method a stored event was paid by (cash when it was not recorded). */
        static PayMethod of(String stored) {
            return stored == null ? CASH : valueOf(stored);
        }
    }

    @Introspected
    public record Repay(@NotNull LocalDate date, @NotNull BigDecimal amount, @Nullable PayMethod method) {
    }

    @Introspected
    public record ReverseRepayment(@NotBlank @Size(max = 300) String reason, @Nullable LocalDate date) {
    }

    @Introspected
    public record WriteOff(@NotNull LocalDate date, @NotBlank @Size(max = 300) String reason) {
    }

    @Introspected
    public record Recover(@NotNull LocalDate date, @NotNull BigDecimal amount, @Nullable PayMethod method) {
    }

    /** Disaster relief: instalments not yet paid move {@code months} later; interest for the delay or not. */
    @Introspected
    public record Defer(@NotNull LocalDate date, @NotNull @Min(1) @Max(24) Integer months,
                        @NotNull Boolean withInterest, @NotBlank @Size(max = 300) String reason) {
    }

    @Introspected
    public record Reschedule(@NotNull LocalDate date, @NotNull @Min(1) @Max(120) Integer termMonths,
                             @NotBlank @Size(max = 300) String reason) {
    }

    @Introspected
    public record LendingSettings(@NotNull BigDecimal reserve, @NotNull LoanQueue.Order queueOrder) {
    }

    @Introspected
    public record InstalmentView(int number, LocalDate originalDueDate, LocalDate dueDate, BigDecimal principal,
                                 BigDecimal interest, BigDecimal principalPaid, BigDecimal interestPaid,
                                 BigDecimal penaltyCharged, BigDecimal penaltyPaid, LocalDate paidOn,
                                 InstalmentStatus status) {
    }

    @Introspected
    public record EventView(long id, String kind, LocalDate date, BigDecimal amount, Integer months,
                            Boolean withInterest, String method, Long entryId, boolean reversed, Long reversalEntryId,
                            String reason, String recordedBy, BigDecimal penalty, BigDecimal interest,
                            BigDecimal principal, BigDecimal prepaidPrincipal,
                            List<AllocationView> replacedAllocations) {
    }

    /**
     * A split of a repayment the books showed before a reversal of an earlier event replayed it:
     * entryId posted it; replacedAfterEvent is the event whose reversal changed it.
     */
    @Introspected
    public record AllocationView(BigDecimal penalty, BigDecimal interest, BigDecimal principal,
                                 BigDecimal prepaidPrincipal, long entryId, Long replacedAfterEvent) {
    }

    /** The loan's figures at {@code asOf}. For a written-off loan the outstanding principal is 0 in the books. */
    @Introspected
    public record Balance(LocalDate asOf, BigDecimal outstandingPrincipal, BigDecimal principalPaid,
                          BigDecimal interestPaid, BigDecimal penaltyPaid, BigDecimal overduePrincipal,
                          BigDecimal overdueInterest, BigDecimal penaltyDue, int daysPastDue, String agingBucket,
                          BigDecimal payoffAmount, BigDecimal dueThisMonth) {
    }

    @Introspected
    public record LoanView(long id, long clubId, long memberId, String memberName, long productId, String productName,
                           LoanStatus status, LoanKind kind, BigDecimal amount, String purpose, String item,
                           BigDecimal quantity, InterestMethod interestMethod, BigDecimal monthlyRate, int termMonths,
                           RepaymentFrequency frequency, int graceMonths, BigDecimal roundingUnit,
                           PenaltyKind penaltyKind, BigDecimal penaltyAmount, BigDecimal penaltyRate,
                           EarlyPayoffInterest earlyPayoffInterest, LocalDate appliedOn, LocalDate decidedOn, String decision, String decisionBy,
                           Long approverMemberId, String minutesNo, String decisionNote, LocalDate disbursedOn,
                           Disbursement disbursementMethod, Long disbursementEntryId, LocalDate closedOn,
                           LocalDate writtenOffOn, BigDecimal writtenOffAmount, String endReason, boolean rescheduled,
                           Balance balance, List<InstalmentView> schedule, List<InstalmentView> originalSchedule,
                           List<EventView> events) {
    }

    @Introspected
    public record QueuePlace(int position, long loanId, long memberId, String memberName, PovertyStatus povertyStatus,
                             BigDecimal amount, LocalDate appliedOn, LoanStatus status, BigDecimal cumulative,
                             boolean fundableNow) {
    }

    /** What the club can lend now: income-generation fund cash and bank minus the reserve it keeps. */
    @Introspected
    public record Queue(long clubId, BigDecimal cashAndBank, BigDecimal reserve, BigDecimal lendableNow,
                        BigDecimal goodsForLending, LoanQueue.Order order, List<QueuePlace> places) {
    }

    @Introspected
    public record FollowUp(long loanId, long memberId, String memberName, String phone, int daysPastDue,
                           BigDecimal overduePrincipal, BigDecimal overdueInterest, BigDecimal penaltyDue,
                           BigDecimal dueThisMonth, BigDecimal toCollect) {
    }

    @Introspected
    public record Arrears(Long clubId, LocalDate asOf, int loans, BigDecimal outstanding, List<Aging.BucketRow> buckets,
                          BigDecimal par30, BigDecimal par90, BigDecimal repaymentRate, List<FollowUp> followUp) {
    }

    /** A club's loans at a date; borrowers: members who owe principal on at least one of them. */
    @Introspected
    public record ClubArrears(long clubId, String clubCode, String clubName, int loans, int borrowers, BigDecimal outstanding,
                              BigDecimal par30, BigDecimal par90, BigDecimal repaymentRate) {
    }

    /** Arrears rolled up over the clubs in the caller's scope (optionally under one administrative unit). */
    @Introspected
    public record ArrearsRollUp(LocalDate asOf, int clubs, int loans, BigDecimal outstanding,
                                List<Aging.BucketRow> buckets, BigDecimal par30, BigDecimal par90,
                                BigDecimal repaymentRate, List<ClubArrears> perClub, long millis) {
    }

    /** A loan whose dates break the lending rules: which rule, the offending date, and the event if one is at fault. */
    @Introspected
    public record LoanHistoryProblem(long clubId, long loanId, String rule, LocalDate date, Long eventId) {
    }
}
