package vn.ishc.fund.ledger;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the ledger API. Amounts are exact decimals; VND amounts carry no decimals. */
public final class LedgerDtos {

    private LedgerDtos() {
    }

    @Introspected
    /** openedOn: the date of the opening balances taken over from paper books; nothing is dated before it. */
    public record LedgerView(long id, long clubId, Fund fund, String currency, long entries, String headHash,
                             LocalDate closedThrough, LocalDate openedOn) {
    }

    @Introspected
    public record PostingView(int line, String accountCode, String accountName, Side side, BigDecimal amount,
                              Long memberId, String memberName, Long loanId, Long donorId, String donorName,
                              Integer activityArea) {
    }

    @Introspected
    public record EntryView(long id, long ledgerId, long clubId, Fund fund, long seq, LocalDate date, String operation,
                            String voucher, String description, BigDecimal total, Long reversesId, Long reversedById,
                            String reversalReason, String batchId, String recordedBy, Instant recordedAt,
                            String prevHash, String hash, List<PostingView> postings) {
    }

    /** The result of a business operation: the entries it posted (one, or an atomic pair or batch). */
    @Introspected
    public record Posted(String operation, List<EntryView> entries) {
    }

    /** Balance of an account at a date; {@code balance} is on the account's normal side. */
    @Introspected
    public record AccountBalance(String code, String name, AccountType type, Side normalSide, boolean header,
                                 String parentCode, BigDecimal debit, BigDecimal credit, BigDecimal balance) {
    }

    @Introspected
    public record TrialRow(String code, String name, AccountType type, BigDecimal debit, BigDecimal credit) {
    }

    @Introspected
    public record TrialBalance(long ledgerId, Fund fund, LocalDate asOf, List<TrialRow> rows, BigDecimal totalDebit,
                               BigDecimal totalCredit, boolean balanced) {
    }

    @Introspected
    public record StatementLine(long entryId, long seq, LocalDate date, String voucher, String description,
                                String accountCode, BigDecimal debit, BigDecimal credit, BigDecimal balance,
                                Long memberId, Long loanId) {
    }

    @Introspected
    public record Statement(String accountCode, String accountName, LocalDate from, LocalDate to,
                            BigDecimal openingBalance, BigDecimal closingBalance, BigDecimal totalDebit,
                            BigDecimal totalCredit, vn.ishc.fund.common.paging.Page<StatementLine> lines) {
    }

    @Introspected
    public record FundPosition(Fund fund, long ledgerId, BigDecimal cash, BigDecimal bank, BigDecimal loansOutstanding,
                               BigDecimal inKindGoods, BigDecimal otherReceivables, BigDecimal allowance,
                               BigDecimal payables, BigDecimal netAssets, BigDecimal income, BigDecimal expenses) {
    }

    /** Club funds at a date. The income-generation fund's net assets are the fund size. */
    @Introspected
    public record FundSummary(long clubId, LocalDate asOf, BigDecimal fundSize, FundPosition incomeGeneration,
                              FundPosition activity) {
    }

    @Introspected
    public record MemberAccount(Fund fund, String code, String name, BigDecimal debit, BigDecimal credit,
                                BigDecimal balance) {
    }

    @Introspected
    public record MemberLine(long entryId, Fund fund, long seq, LocalDate date, String voucher, String description,
                             String accountCode, Side side, BigDecimal amount, Long loanId) {
    }

    /** A member's sub-ledger across both funds: capital contributed, fees paid, loans outstanding. */
    @Introspected
    public record MemberLedger(long memberId, String fullName, long clubId, BigDecimal capital, BigDecimal feesPaid,
                               BigDecimal loansOutstanding, List<MemberAccount> accounts,
                               vn.ishc.fund.common.paging.Page<MemberLine> lines) {
    }

    @Introspected
    public record AddAccount(@NotBlank @Size(max = 10) @Pattern(regexp = "[0-9]{3,10}") String code,
                             @NotBlank @Size(max = 10) String parentCode,
                             @NotBlank @Size(max = 150) String nameVi,
                             @Nullable @Size(max = 150) String nameEn) {
    }

    /** A manual journal entry (accountants' corrections); business operations are the normal way. */
    @Introspected
    public record ManualEntry(@NotNull LocalDate date, @NotBlank @Size(max = 500) String description,
                              @NotNull @Size(min = 2, max = 500) List<@Valid @NotNull ManualPosting> postings) {
    }

    @Introspected
    public record ManualPosting(@Nullable Long accountId, @Nullable @Size(max = 10) String accountCode,
                                @NotNull Side side, @NotNull BigDecimal amount, @Nullable Long memberId,
                                @Nullable Long donorId, @Nullable Integer activityArea) {
    }

    @Introspected
    public record Reverse(@NotBlank @Size(max = 300) String reason, @Nullable LocalDate date) {
    }

    /**
     * Result of verifying a ledger's chain. {@code firstBroken} names the first entry that does not match;
     * {@code signOffsChecked} counts the auditors' signed heads checked, {@code brokenSignOffs} those a
     * change contradicts (invariant 10).
     */
    @Introspected
    public record ChainReport(long ledgerId, long entriesChecked, boolean valid, Long firstBrokenSeq,
                              Long firstBrokenEntryId, String problem, long headSeq, String headHash,
                              int signOffsChecked, List<BrokenSignOff> brokenSignOffs, long millis) {
    }

    /** An auditor's sign-off of the chain head at entry {@code seq} that the entries no longer match. */
    @Introspected
    public record BrokenSignOff(long reviewId, long seq, String signedBy, LocalDate signedOn) {
    }

    /**
     * A ledger whose books break invariant 9: {@code before-opening} or {@code before-founding} (the earliest
     * such entry and how many), or {@code negative-balance} (the account, the first day it ended below zero,
     * and that balance).
     */
    @Introspected
    public record HistoryProblem(long clubId, long ledgerId, Fund fund, String rule, String account, LocalDate date,
                                 BigDecimal balance, long entries) {
    }
}
