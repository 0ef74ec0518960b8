package vn.ishc.fund.lending;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.club.ClubScope;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlFragment;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerBooks;
import vn.ishc.fund.lending.LendingDtos.Arrears;
import vn.ishc.fund.lending.LendingDtos.ArrearsRollUp;
import vn.ishc.fund.lending.LendingDtos.ClubArrears;
import vn.ishc.fund.lending.LendingDtos.FollowUp;
import vn.ishc.fund.lending.LendingDtos.LendingSettings;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.LendingDtos.Queue;
import vn.ishc.fund.lending.LendingDtos.QueuePlace;
import vn.ishc.fund.lending.engine.LoanState;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the lending book: loans, a member's loans, arrears and their roll-up, the queue. */
@Singleton
class LoanQueries {

    static final Map<String, String> SORTABLE = Map.of("appliedOn", "l.applied_on", "amount", "l.amount",
            "status", "l.status", "disbursedOn", "l.disbursed_on");
    /** Loans that were running at the end of a date (disbursed, not yet closed or written off). */
    private static final String RUNNING = "l.status IN ('ACTIVE', 'CLOSED', 'WRITTEN_OFF') AND l.disbursed_on <= ? "
            + "AND (l.closed_on IS NULL OR l.closed_on > ?) AND (l.written_off_on IS NULL OR l.written_off_on > ?)";

    private final ClubAccess clubs;
    private final LoanStore loans;
    private final LoanReader reader;
    private final Members members;
    private final LedgerBooks books;
    private final JdbcOperations jdbc;
    private final Clock clock;

    LoanQueries(ClubAccess clubs, LoanStore loans, LoanReader reader, Members members, LedgerBooks books,
                JdbcOperations jdbc, Clock clock) {
        this.clubs = clubs;
        this.loans = loans;
        this.reader = reader;
        this.members = members;
        this.books = books;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ReadOnly
    public LoanView get(Caller caller, long loanId, LocalDate asOf) {
        LoanRow loan = loans.find(loanId, false).filter(l -> clubs.canSee(caller, l.clubId()))
                .orElseThrow(() -> ApiException.notFound("loan"));
        return reader.view(loan, on(asOf), true);
    }

    @ReadOnly
    public Page<LoanView> list(Caller caller, long clubId, LoanStatus status, Long memberId, PageQuery page) {
        clubs.visible(caller, clubId);
        Page<Long> ids = new SqlQuery("FROM loan l").where("l.club_id = ?", clubId)
                .whereIf(status, "l.status = ?", status)
                .whereIf(memberId, "l.member_id = ?", memberId)
                .page(jdbc, "SELECT l.id", page, rs -> rs.getLong(1));
        Map<Long, LoanView> views = new HashMap<>();
        List<LoanRow> rows = ids.items().isEmpty() ? List.of()
                : loans.where("l.id IN (" + ids.items().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow() + ")");
        reader.views(rows, on(null), false).forEach(v -> views.put(v.id(), v));
        return ids.map(views::get);
    }

    /** Every loan of a member: schedule, payments, balance and arrears. */
    @ReadOnly
    public List<LoanView> memberLoans(Caller caller, long memberId, LocalDate asOf) {
        var member = members.visible(caller, memberId).orElseThrow(() -> ApiException.notFound("member"));
        return reader.views(loans.where("l.member_id = ?", member.id()), on(asOf), true);
    }

    @ReadOnly
    public Arrears arrears(Caller caller, long clubId, LocalDate asOf) {
        clubs.visible(caller, clubId);
        LocalDate on = on(asOf);
        List<LoanRow> running = loans.where("l.club_id = ? AND " + RUNNING, clubId, on, on, on);
        Map<Long, List<LoanEventRow>> events = loans.eventsOf(running.stream().map(LoanRow::id).toList());
        List<Aging.LoanFigures> figures = new ArrayList<>();
        List<FollowUp> followUp = new ArrayList<>();
        Map<Long, Members.Contact> people = people(running);
        for (LoanRow l : running) {
            LoanState s = LoanReader.state(l, events.getOrDefault(l.id(), List.of()), on);
            figures.add(Aging.LoanFigures.of(l.id(), s, on));
            LendingDtos.Balance b = LoanReader.balance(l, s, on);
            BigDecimal toCollect = b.overduePrincipal().add(b.overdueInterest()).add(b.penaltyDue()).add(b.dueThisMonth());
            if (b.daysPastDue() > 0 || toCollect.signum() > 0) {
                Members.Contact p = people.get(l.memberId());
                followUp.add(new FollowUp(l.id(), l.memberId(), p.fullName(), p.phone(), b.daysPastDue(), b.overduePrincipal(),
                        b.overdueInterest(), b.penaltyDue(), b.dueThisMonth(), toCollect));
            }
        }
        followUp.sort(Comparator.comparingInt(FollowUp::daysPastDue).reversed().thenComparing(FollowUp::memberName));
        Aging.Summary sum = Aging.summarize(figures);
        return new Arrears(clubId, on, sum.loans(), LoanReader.vnd(sum.outstanding()), vnd(sum.buckets()), sum.par30(),
                sum.par90(), sum.repaymentRate(), followUp);
    }

    /** Arrears over every club the caller may see (optionally under one unit), with each club's figures. */
    @ReadOnly
    public ArrearsRollUp rollUp(Caller caller, Long unitId, LocalDate asOf) {
        long started = System.nanoTime();
        Portfolio p = portfolio(caller, unitId, on(asOf));
        Map<Long, ClubAccess.Label> names = clubs.labels(p.perClub().keySet());
        List<ClubArrears> rows = new ArrayList<>();
        p.perClub().forEach((club, c) -> {
            Aging.Summary s = c.summary();
            ClubAccess.Label n = names.get(club);
            rows.add(new ClubArrears(club, n.code(), n.name(), s.loans(), c.borrowers(), LoanReader.vnd(s.outstanding()),
                    s.par30(), s.par90(), s.repaymentRate()));
        });
        Aging.Summary total = p.total();
        return new ArrearsRollUp(p.asOf(), p.perClub().size(), total.loans(), LoanReader.vnd(total.outstanding()),
                vnd(total.buckets()), total.par30(), total.par90(), total.repaymentRate(), rows,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One club's portfolio at a date: its aging summary and how many members owe principal. */
    record ClubPortfolio(Aging.Summary summary, java.util.Set<Long> owing, BigDecimal dueToDate, BigDecimal paidToDate) {

        int borrowers() {
            return owing.size();
        }
    }

    /** The portfolio of the clubs in scope (under a unit if given) at a date: per club with loans, and in all. */
    record Portfolio(LocalDate asOf, Map<Long, ClubPortfolio> perClub, Aging.Summary total) {
    }

    Portfolio portfolio(Caller caller, Long unitId, LocalDate on) {
        SqlFragment inScope = ClubScope.clubIds(caller, unitId, "l.club_id");
        List<Object> params = new ArrayList<>(inScope.params());
        params.addAll(List.of(on, on, on));
        List<LoanRow> running = loans.where(inScope.sql() + " AND " + RUNNING, params.toArray());
        Map<Long, List<LoanEventRow>> events = loans.eventsOf(running.stream().map(LoanRow::id).toList());
        // replaying thousands of loans is pure computation: spread it over the cores
        List<Aging.LoanFigures> all = running.parallelStream()
                .map(l -> Aging.LoanFigures.of(l.id(), LoanReader.state(l, events.getOrDefault(l.id(), List.of()), on), on))
                .toList();
        Map<Long, List<Aging.LoanFigures>> figures = new LinkedHashMap<>();
        Map<Long, java.util.Set<Long>> borrowers = new HashMap<>();
        for (int i = 0; i < running.size(); i++) {
            LoanRow l = running.get(i);
            figures.computeIfAbsent(l.clubId(), k -> new ArrayList<>()).add(all.get(i));
            java.util.Set<Long> owing = borrowers.computeIfAbsent(l.clubId(), k -> new java.util.HashSet<>());
            if (all.get(i).outstanding().signum() > 0) {
                owing.add(l.memberId());
            }
        }
        Map<Long, ClubPortfolio> perClub = new LinkedHashMap<>();
        figures.forEach((club, f) -> perClub.put(club, new ClubPortfolio(Aging.summarize(f), borrowers.get(club),
                f.stream().map(Aging.LoanFigures::dueToDate).reduce(BigDecimal.ZERO, BigDecimal::add),
                f.stream().map(Aging.LoanFigures::paidToDate).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return new Portfolio(on, perClub, Aging.summarize(all));
    }

    /** Club id → the members with a loan disbursed from {@code since} to {@code on} (and not taken back). */
    Map<Long, java.util.Set<Long>> disbursedTo(Caller caller, Long unitId, LocalDate since, LocalDate on) {
        SqlFragment inScope = ClubScope.clubIds(caller, unitId, "l.club_id");
        String sql = "SELECT DISTINCT l.club_id, l.member_id FROM loan l WHERE l.status IN ('ACTIVE', 'CLOSED', 'WRITTEN_OFF') "
                + "AND l.disbursed_on >= ? AND l.disbursed_on <= ? AND " + inScope.sql();
        return jdbc.prepareStatement(sql, ps -> {
            List<Object> params = new ArrayList<>(List.of(since, on));
            params.addAll(inScope.params());
            SqlQuery.bind(ps, params);
            Map<Long, java.util.Set<Long>> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** The members waiting, in the club's order, and what the club can lend now. */
    @ReadOnly
    public Queue queue(Caller caller, long clubId) {
        clubs.visible(caller, clubId);
        LendingSettings settings = settings(clubId);
        var chart = books.chart(clubId, Fund.IGF);
        BigDecimal cashAndBank = LedgerBooks.net(chart, "111").add(LedgerBooks.net(chart, "112"));
        BigDecimal lendable = cashAndBank.subtract(settings.reserve()).max(BigDecimal.ZERO);
        List<LoanRow> waiting = loans.where("l.club_id = ? AND l.status IN ('APPLIED', 'APPROVED')", clubId);
        Map<Long, Members.Contact> people = people(waiting);
        List<LoanQueue.Application> apps = waiting.stream().map(l -> new LoanQueue.Application(l.id(), l.memberId(),
                people.get(l.memberId()).fullName(), people.get(l.memberId()).poverty(), l.amount(),
                l.appliedOn(), l.status())).toList();
        List<QueuePlace> places = LoanQueue.order(apps, settings.queueOrder(), lendable).stream()
                .map(p -> new QueuePlace(p.position(), p.application().loanId(), p.application().memberId(),
                        p.application().memberName(), p.application().poverty(), LoanReader.vnd(p.application().amount()),
                        p.application().appliedOn(), p.application().status(), LoanReader.vnd(p.cumulative()),
                        p.fundableNow())).toList();
        return new Queue(clubId, LoanReader.vnd(cashAndBank), LoanReader.vnd(settings.reserve()),
                LoanReader.vnd(lendable), LoanReader.vnd(LedgerBooks.net(chart, "156")), settings.queueOrder(), places);
    }

    @ReadOnly
    public LendingSettings settings(Caller caller, long clubId) {
        clubs.visible(caller, clubId);
        return settings(clubId);
    }

    @io.micronaut.transaction.annotation.Transactional
    public LendingSettings saveSettings(Caller caller, long clubId, LendingSettings req) {
        clubs.open(caller, clubId, Role.ADMIN, Role.CHAIR);
        BigDecimal reserve = Amounts.decimal(Amounts.nonNegative(req.reserve(), Amounts.VND, "reserve"));
        jdbc.prepareStatement("INSERT INTO club_lending (club_id, reserve, queue_order) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE reserve = VALUES(reserve), queue_order = VALUES(queue_order)", ps -> {
            ps.setLong(1, clubId);
            ps.setBigDecimal(2, reserve);
            ps.setString(3, req.queueOrder().name());
            return ps.executeUpdate();
        });
        return settings(clubId);
    }

    private LendingSettings settings(long clubId) {
        return jdbc.prepareStatement("SELECT reserve, queue_order FROM club_lending WHERE club_id = ?", ps -> {
            ps.setLong(1, clubId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LendingSettings(LoanReader.vnd(rs.getBigDecimal(1)), LoanQueue.Order.valueOf(rs.getString(2)))
                        : new LendingSettings(BigDecimal.ZERO, LoanQueue.Order.DATE);
            }
        });
    }

    /** Name, phone and poverty status of the loans' members. */
    private Map<Long, Members.Contact> people(List<LoanRow> rows) {
        return members.contacts(rows.stream().map(LoanRow::memberId).distinct().toList());
    }

    private static List<Aging.BucketRow> vnd(List<Aging.BucketRow> rows) {
        return rows.stream().map(r -> new Aging.BucketRow(r.bucket(), r.loans(), LoanReader.vnd(r.outstanding()))).toList();
    }

    private LocalDate on(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
