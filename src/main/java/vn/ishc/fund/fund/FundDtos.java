package vn.ishc.fund.fund;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ishc.fund.fund.PostingRules.DonationPurpose;
import vn.ishc.fund.fund.PostingRules.ExpenseKind;
import vn.ishc.fund.ledger.Fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Requests of the business operations a treasurer records. Amounts are exact decimals (VND: whole
 * numbers). {@code moneyAccount} picks a cash or bank sub-account (e.g. 1121) when the club keeps
 * several; by default 111 for cash and 112 for bank.
 */
public final class FundDtos {

    static final String ACCOUNT = "[0-9]{3,10}";

    private FundDtos() {
    }

    @Introspected
    public record Contribution(@NotNull Long memberId, @NotNull BigDecimal amount, @NotNull LocalDate date,
                               @Nullable Method method, @Nullable @Pattern(regexp = ACCOUNT) String moneyAccount,
                               @Nullable @Size(max = 500) String description) {
    }

    @Introspected
    public record Fee(@NotNull Long memberId, @NotNull BigDecimal amount, @NotNull LocalDate date,
                      @Nullable @Size(max = 500) String description) {
    }

    /** What one member paid at the meeting: a fee, a capital contribution, or both. */
    @Introspected
    public record MeetingLine(@NotNull Long memberId, @Nullable BigDecimal fee, @Nullable BigDecimal contribution) {
    }

    /** The monthly meeting: everything collected, posted all together or not at all. */
    @Introspected
    public record Meeting(@NotNull LocalDate date, @Nullable @Size(max = 300) String description,
                          @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull MeetingLine> lines) {
    }

    /** How a donation arrives: cash, bank, or goods given for lending (to capital only). */
    public enum DonationForm { CASH, BANK, IN_KIND }

    @Introspected
    public record Donation(@NotNull Long donorId, @NotNull DonationPurpose purpose, @NotNull DonationForm form,
                           @NotNull BigDecimal amount, @NotNull LocalDate date,
                           @Nullable @Size(max = 200) String item,
                           @Nullable @Pattern(regexp = ACCOUNT) String moneyAccount,
                           @Nullable @Size(max = 500) String description) {
    }

    @Introspected
    public record Expense(@NotNull Fund fund, @NotNull ExpenseKind kind, @Nullable @Min(1) @Max(8) Integer activityArea,
                          @NotNull BigDecimal amount, @NotNull LocalDate date, @Nullable Method method,
                          @Nullable @Pattern(regexp = ACCOUNT) String moneyAccount,
                          @NotBlank @Size(max = 500) String description) {
    }

    public enum Direction { CASH_TO_BANK, BANK_TO_CASH }

    @Introspected
    public record Transfer(@NotNull Fund fund, @NotNull Direction direction, @NotNull BigDecimal amount,
                           @NotNull LocalDate date, @Nullable @Size(max = 500) String description) {
    }

    @Introspected
    public record InterestTransfer(@NotNull BigDecimal amount, @NotNull LocalDate date,
                                   @Nullable @Size(max = 300) String description) {
    }

    /** A member leaves; {@code amount} of capital is paid back (default: all of it). */
    @Introspected
    public record MemberExit(@NotNull Long memberId, @NotNull LocalDate date, @Nullable BigDecimal amount,
                             @Nullable @Pattern(regexp = ACCOUNT) String moneyAccount,
                             @Nullable @Size(max = 200) String reason) {
    }

    @Introspected
    public record OpeningLine(@NotBlank @Pattern(regexp = ACCOUNT) String accountCode, @NotNull BigDecimal amount,
                              @Nullable Long memberId) {
    }

    /** Balances taken over from the paper books; must be the ledger's first entry. 421 takes the difference. */
    @Introspected
    public record OpeningBalances(@NotNull Fund fund, @NotNull LocalDate date,
                                  @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull OpeningLine> lines,
                                  @Nullable BigDecimal donatedCapital,
                                  @Nullable @Size(max = 500) String description) {
    }
}
