package vn.ishc.fund.demo;

import jakarta.inject.Singleton;
import vn.ishc.fund.club.DonorDtos;
import vn.ishc.fund.club.DonorKind;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.fund.FundDtos;
import vn.ishc.fund.fund.FundOperations;
import vn.ishc.fund.fund.PostingRules.DonationPurpose;
import vn.ishc.fund.fund.PostingRules.ExpenseKind;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.lending.Disbursement;
import vn.ishc.fund.lending.LendingDtos;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.LoanKind;
import vn.ishc.fund.lending.LoanService;
import vn.ishc.fund.lending.ProductService;
import vn.ishc.fund.lending.engine.InterestMethod;
import vn.ishc.fund.lending.engine.PenaltyKind;
import vn.ishc.fund.lending.engine.RepaymentFrequency;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A demo club's books for this year, recorded through the same operations a treasurer uses:
 * balances taken over from the paper books on 1 January, donors, a monthly meeting with fees and
 * contributions, activity spending, interest handed to the activity fund each quarter, and loans in
 * cash and in kind, two members waiting in the queue. Repayment is what well-run clubs see: in six clubs of
 * ten every instalment is paid on its day; in two, one borrower is a few days behind; in one, a borrower owes
 * the last two months; one club in ten is in trouble, with a borrower who stopped paying months ago and
 * another three instalments behind — so the province's PAR30 stays at a few per cent and points at them.
 */
@Singleton
public class DemoBooks {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final FundOperations funds;
    private final DonorService donors;
    private final ProductService products;
    private final LoanService loans;
    private final Members members;

    public DemoBooks(FundOperations funds, DonorService donors, ProductService products, LoanService loans,
                     Members members) {
        this.funds = funds;
        this.donors = donors;
        this.products = products;
        this.loans = loans;
        this.members = members;
    }

    private record Person(long id, LocalDate joined) {
    }

    public void load(Caller system, long club, int meetingDay, LocalDate today, Random random) {
        LocalDate jan1 = LocalDate.of(today.getYear(), 1, 1);
        if (!jan1.isBefore(today)) {
            return; // on 1 January there is no year to show yet
        }
        List<Person> people = people(club);
        List<FundDtos.OpeningLine> igf = new ArrayList<>();
        igf.add(new FundDtos.OpeningLine("111", vnd(30_000_000 + random.nextInt(15) * 1_000_000L), null));
        igf.add(new FundDtos.OpeningLine("112", vnd(10_000_000 + random.nextInt(40) * 1_000_000L), null));
        for (int i = 0; i < people.size(); i += 3) {
            if (!people.get(i).joined().isAfter(jan1)) {
                igf.add(new FundDtos.OpeningLine("4111", vnd(200_000 + random.nextInt(9) * 100_000L), people.get(i).id()));
            }
        }
        funds.openingBalances(system, club, key(), new FundDtos.OpeningBalances(Fund.IGF, jan1, igf,
                vnd(15_000_000 + random.nextInt(30) * 1_000_000L), "Số dư đầu năm chuyển từ sổ sách giấy"), VI);
        funds.openingBalances(system, club, key(), new FundDtos.OpeningBalances(Fund.AF, jan1, List.of(
                new FundDtos.OpeningLine("111", vnd(500_000 + random.nextInt(15) * 100_000L), null)), null,
                "Số dư đầu năm chuyển từ sổ sách giấy"), VI);
        long commune = donors.create(system, club, new DonorDtos.CreateDonor("UBND xã", DonorKind.GOVERNMENT, null,
                "Hỗ trợ vốn ban đầu")).id();
        long ngo = donors.create(system, club, new DonorDtos.CreateDonor("HelpAge International", DonorKind.NGO, null,
                "Dự án nhân rộng mô hình CLB")).id();
        LocalDate march = LocalDate.of(today.getYear(), 3, 5);
        if (march.isBefore(today)) {
            funds.donation(system, club, key(), new FundDtos.Donation(commune, DonationPurpose.CAPITAL,
                    FundDtos.DonationForm.BANK, vnd(10_000_000), march, null, null, "Hỗ trợ vốn quay vòng"), VI);
            funds.donation(system, club, key(), new FundDtos.Donation(ngo, DonationPurpose.CAPITAL,
                    FundDtos.DonationForm.IN_KIND, vnd(6_000_000), march, "4 con lợn giống", null, null), VI);
        }
        for (YearMonth m = YearMonth.from(jan1); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
            LocalDate meeting = m.atDay(Math.min(meetingDay, m.lengthOfMonth()));
            List<FundDtos.MeetingLine> lines = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                if (!p.joined().isAfter(meeting) && random.nextInt(100) < 85) {
                    lines.add(new FundDtos.MeetingLine(p.id(), vnd(5_000), i % 3 == 0 ? vnd(20_000) : null));
                }
            }
            if (!lines.isEmpty()) {
                funds.meeting(system, club, key(), new FundDtos.Meeting(meeting, null, lines), VI);
            }
            funds.expense(system, club, key(), new FundDtos.Expense(Fund.AF, ExpenseKind.ACTIVITY, 1 + m.getMonthValue() % 8,
                    vnd(40_000 + random.nextInt(6) * 10_000L), meeting, null, null, activity(m.getMonthValue())), VI);
        }
        loans(system, club, people, today, random);
        for (int q = 3; q < today.getMonthValue(); q += 3) {
            LocalDate end = YearMonth.of(today.getYear(), q).atEndOfMonth();
            funds.interestTransfer(system, club, key(), new FundDtos.InterestTransfer(vnd(100_000), end,
                    "Quý " + (q / 3)), VI);
        }
    }

    private void loans(Caller system, long club, List<Person> people, LocalDate today, Random random) {
        // the club lent on these products in its paper books: they are offered from the books' opening
        LocalDate jan1 = LocalDate.of(today.getYear(), 1, 1);
        long cash = products.create(system, club, new LendingDtos.CreateProduct("Vay vốn phát triển sản xuất",
                LoanKind.CASH, InterestMethod.DECLINING_EQUAL_PRINCIPAL, new BigDecimal("0.008"), 12,
                RepaymentFrequency.MONTHLY, 0, vnd(1000), PenaltyKind.FIXED_PER_INSTALMENT, vnd(10_000), null,
                vnd(1_000_000), vnd(10_000_000), 1, null, jan1)).id();
        long goods = products.create(system, club, new LendingDtos.CreateProduct("Cho vay con giống", LoanKind.IN_KIND,
                InterestMethod.NO_INTEREST, BigDecimal.ZERO, 12, RepaymentFrequency.AT_MATURITY, 0, vnd(1000),
                PenaltyKind.NONE, null, null, vnd(500_000), vnd(5_000_000), 1, null, jan1)).id();
        int borrowers = Math.min(8, people.size() - 2);
        int profile = random.nextInt(10);
        for (int i = 0; i < borrowers; i++) {
            LocalDate start = LocalDate.of(today.getYear(), 2 + i % 6, 10);
            if (!start.isBefore(today) || people.get(i + 1).joined().isAfter(start)) {
                continue;
            }
            boolean inKind = i == 3 && !start.isBefore(LocalDate.of(today.getYear(), 3, 5));
            long product = inKind ? goods : cash;
            BigDecimal amount = inKind ? vnd(1_500_000) : vnd(2_000_000 + random.nextInt(7) * 500_000L);
            LoanView loan = loans.apply(system, club, new LendingDtos.Apply(people.get(i + 1).id(), product, amount,
                    inKind ? "Nuôi lợn nái sinh sản" : "Chăn nuôi, trồng trọt", start,
                    inKind ? "Lợn giống" : null, inKind ? BigDecimal.ONE : null));
            loans.approve(system, loan.id(), new LendingDtos.Approve(LendingDtos.DecisionKind.CHAIR, start, null, null, null));
            LoanView out = loans.disburse(system, loan.id(), key(), new LendingDtos.Disburse(start,
                    inKind ? Disbursement.IN_KIND_FROM_STOCK : Disbursement.CASH, null)).value();
            List<LendingDtos.InstalmentView> due = out.originalSchedule().stream()
                    .filter(d -> d.dueDate().isBefore(today)).toList();
            int paid = paidInstalments(profile, i, due.size());
            for (LendingDtos.InstalmentView d : due.subList(0, paid)) {
                loans.repay(system, out.id(), key(), new LendingDtos.Repay(d.dueDate(), d.principal().add(d.interest()), null));
            }
        }
        // two members wait in the queue for the money repaid next
        for (int i = borrowers + 1; i < Math.min(borrowers + 3, people.size()); i++) {
            loans.apply(system, club, new LendingDtos.Apply(people.get(i).id(), cash, vnd(3_000_000), "Mua giống cây trồng",
                    today.minusDays(1 + i % 5), null, null));
        }
    }

    /**
     * How many of the {@code due} instalments of the club's {@code i}-th loan are paid, by the club's repayment
     * profile (0–9): 0–5 on time; 6–7 the third borrower misses the last instalment (1–30 days late); 8 the last
     * two (31–60 days); 9 the third borrower stopped after two (over 90 days) and the sixth misses the last three.
     */
    static int paidInstalments(int profile, int i, int due) {
        int missed = 0;
        if (i == 2 && (profile == 6 || profile == 7)) {
            missed = 1;
        } else if (i == 2 && profile == 8) {
            missed = 2;
        } else if (i == 2 && profile == 9) {
            return Math.min(2, due);
        } else if (i == 5 && profile == 9) {
            missed = 3;
        }
        return Math.max(0, due - missed);
    }

    private static String activity(int month) {
        String[] areas = {"Tăng thu nhập", "Chăm sóc sức khỏe", "Chăm sóc tại nhà", "Tự giúp nhau", "Quyền và lợi ích",
                "Học tập suốt đời", "Văn hóa, văn nghệ, thể thao", "Huy động nguồn lực"};
        return "Chi hoạt động: " + areas[month % 8];
    }

    private List<Person> people(long club) {
        return members.current(club).stream().map(m -> new Person(m.id(), m.joinedOn())).toList();
    }

    private static BigDecimal vnd(long v) {
        return BigDecimal.valueOf(v);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
