package vn.ishc.fund.fund;

import vn.ishc.fund.ledger.Chart;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerPoster;
import vn.ishc.fund.ledger.PostingDraft;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.ledger.YearEndRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The posting-rules table of accounting.md, one method per business event. Pure: amounts are
 * already validated, money accounts (cash 111…, bank 112…) already chosen; the ledger checks the
 * invariants when posting. Treasurers never see these debits and credits.
 */
public final class PostingRules {

    public static final String CASH = "111";
    public static final String LOANS = Chart.LOANS_TO_MEMBERS;
    public static final String GOODS = "156";
    public static final String MEMBER_CAPITAL = "4111";
    public static final String DONATED_CAPITAL = "4118";
    public static final String SURPLUS = YearEndRule.SURPLUS;
    public static final String INTEREST_INCOME = "515";
    public static final String OTHER_INCOME = "711";
    public static final String ADMIN_EXPENSE = "642";
    public static final String OTHER_EXPENSE = "811";

    private PostingRules() {
    }

    /** Member capital contribution: IGF, Dr cash or bank / Cr 4111 (member). */
    public static EntryDraft contribution(long memberId, BigDecimal amount, LocalDate date, String moneyAccount,
                                          String description) {
        return new EntryDraft(Fund.IGF, date, "CAPITAL_CONTRIBUTION", description, List.of(
                PostingDraft.debit(moneyAccount, amount),
                PostingDraft.credit(MEMBER_CAPITAL, amount).member(memberId)));
    }

    /** Monthly member fee: AF, Dr 111 / Cr 711 (member). */
    public static EntryDraft fee(long memberId, BigDecimal amount, LocalDate date, String description) {
        return new EntryDraft(Fund.AF, date, "MEMBER_FEE", description, List.of(
                PostingDraft.debit(CASH, amount),
                PostingDraft.credit(OTHER_INCOME, amount).member(memberId)));
    }

    /** One member's fee and contribution collected at a meeting (either may be null). */
    public record MeetingLine(long memberId, BigDecimal fee, BigDecimal contribution) {
    }

    /**
     * A meeting: all fees in one AF entry and all contributions in one IGF entry — the cash taken in
     * as one debit, and a credit per member so each payment stays in that member's sub-ledger.
     */
    public static List<EntryDraft> meeting(List<MeetingLine> lines, LocalDate date, String feeText, String capitalText) {
        List<PostingDraft> fees = new ArrayList<>();
        List<PostingDraft> capital = new ArrayList<>();
        BigDecimal feeCash = BigDecimal.ZERO;
        BigDecimal capitalCash = BigDecimal.ZERO;
        for (MeetingLine l : lines) {
            if (l.fee() != null) {
                fees.add(PostingDraft.credit(OTHER_INCOME, l.fee()).member(l.memberId()));
                feeCash = feeCash.add(l.fee());
            }
            if (l.contribution() != null) {
                capital.add(PostingDraft.credit(MEMBER_CAPITAL, l.contribution()).member(l.memberId()));
                capitalCash = capitalCash.add(l.contribution());
            }
        }
        List<EntryDraft> out = new ArrayList<>();
        if (!fees.isEmpty()) {
            fees.add(0, PostingDraft.debit(CASH, feeCash));
            out.add(new EntryDraft(Fund.AF, date, "MEETING", feeText, fees));
        }
        if (!capital.isEmpty()) {
            capital.add(0, PostingDraft.debit(CASH, capitalCash));
            out.add(new EntryDraft(Fund.IGF, date, "MEETING", capitalText, capital));
        }
        return out;
    }

    public enum DonationPurpose { CAPITAL, ACTIVITIES }

    /**
     * Donation to capital: IGF, Dr cash/bank (or 156 for goods given for lending) / Cr 4118 (donor).
     * Donation for activities: AF, Dr cash/bank / Cr 711 (donor).
     */
    public static EntryDraft donation(long donorId, DonationPurpose purpose, BigDecimal amount, LocalDate date,
                                      String debitAccount, String description) {
        boolean capital = purpose == DonationPurpose.CAPITAL;
        return new EntryDraft(capital ? Fund.IGF : Fund.AF, date, "DONATION", description, List.of(
                PostingDraft.debit(debitAccount, amount).donor(donorId),
                PostingDraft.credit(capital ? DONATED_CAPITAL : OTHER_INCOME, amount).donor(donorId)));
    }

    public enum ExpenseKind { ADMINISTRATIVE, ACTIVITY }

    /** Expense: Dr 642 (administrative) or 811 (activity spending, with its area) / Cr cash or bank. */
    public static EntryDraft expense(Fund fund, ExpenseKind kind, Integer area, BigDecimal amount, LocalDate date,
                                     String moneyAccount, String description) {
        String account = kind == ExpenseKind.ADMINISTRATIVE ? ADMIN_EXPENSE : OTHER_EXPENSE;
        return new EntryDraft(fund, date, "EXPENSE", description, List.of(
                PostingDraft.debit(account, amount).area(area),
                PostingDraft.credit(moneyAccount, amount)));
    }

    /** Cash to bank (Dr 112 / Cr 111) or bank to cash (Dr 111 / Cr 112), within one ledger. */
    public static EntryDraft transfer(Fund fund, String from, String to, BigDecimal amount, LocalDate date,
                                      String description) {
        return new EntryDraft(fund, date, "TRANSFER", description, List.of(
                PostingDraft.debit(to, amount), PostingDraft.credit(from, amount)));
    }

    /** Interest handed to the activity fund: IGF Dr 811 / Cr cash, and AF Dr cash / Cr 711 — one atomic pair. */
    public static List<EntryDraft> interestTransfer(BigDecimal amount, LocalDate date, String igfMoney, String afMoney,
                                                    String outText, String inText) {
        return List.of(
                new EntryDraft(Fund.IGF, date, "INTEREST_TRANSFER", outText, List.of(
                        PostingDraft.debit(OTHER_EXPENSE, amount), PostingDraft.credit(igfMoney, amount))),
                new EntryDraft(Fund.AF, date, "INTEREST_TRANSFER", inText, List.of(
                        PostingDraft.debit(afMoney, amount), PostingDraft.credit(OTHER_INCOME, amount))));
    }

    /** A member leaves and takes back capital: IGF, Dr 4111 (member) / Cr cash. */
    public static EntryDraft capitalRefund(long memberId, BigDecimal amount, LocalDate date, String moneyAccount,
                                           String description) {
        return new EntryDraft(Fund.IGF, date, "MEMBER_EXIT", description, List.of(
                PostingDraft.debit(MEMBER_CAPITAL, amount).member(memberId),
                PostingDraft.credit(moneyAccount, amount)));
    }

    /** One balance taken over from the paper books. */
    public record OpeningLine(String accountCode, BigDecimal amount, Long memberId) {
    }

    /**
     * Opening balances: each line on its account's normal side (assets debit; capital, payables and
     * the allowance credit), donated capital to 4118, and 421 takes the difference so the entry balances.
     */
    public static EntryDraft openingBalances(Fund fund, LocalDate date, List<OpeningLine> lines,
                                             BigDecimal donatedCapital, Map<String, Side> normalSides,
                                             String description) {
        List<PostingDraft> postings = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        for (OpeningLine l : lines) {
            Side side = normalSides.get(l.accountCode());
            postings.add(new PostingDraft(l.accountCode(), side, l.amount(), l.memberId(), null, null, null));
            net = side == Side.D ? net.add(l.amount()) : net.subtract(l.amount());
        }
        if (donatedCapital != null && donatedCapital.signum() > 0) {
            postings.add(PostingDraft.credit(DONATED_CAPITAL, donatedCapital));
            net = net.subtract(donatedCapital);
        }
        if (net.signum() > 0) {
            postings.add(PostingDraft.credit(SURPLUS, net));
        } else if (net.signum() < 0) {
            postings.add(PostingDraft.debit(SURPLUS, net.negate()));
        }
        return new EntryDraft(fund, date, LedgerPoster.OPENING_BALANCE, description, postings);
    }
}
