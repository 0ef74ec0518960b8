package vn.ishc.fund.intake;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.club.DonorDtos.CreateDonor;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Member;
import vn.ishc.fund.club.MemberDtos.CreateMember;
import vn.ishc.fund.club.MemberDtos.UpdateMember;
import vn.ishc.fund.club.MemberService;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.fund.FundDtos.OpeningBalances;
import vn.ishc.fund.fund.FundDtos.OpeningLine;
import vn.ishc.fund.fund.FundOperations;
import vn.ishc.fund.intake.IntakeDtos.BalanceLine;
import vn.ishc.fund.intake.IntakeDtos.BalanceView;
import vn.ishc.fund.intake.IntakeDtos.DonorLine;
import vn.ishc.fund.intake.IntakeDtos.FileDigest;
import vn.ishc.fund.intake.IntakeDtos.MemberLine;
import vn.ishc.fund.intake.IntakeDtos.ProblemView;
import vn.ishc.fund.intake.IntakeDtos.Report;
import vn.ishc.fund.intake.IntakeDtos.Summary;
import vn.ishc.fund.intake.IntakeLayout.Sheet;
import vn.ishc.fund.intake.Plan.Action;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Idempotency;
import vn.ishc.fund.ledger.LedgerDtos.Posted;
import vn.ishc.fund.ledger.LedgerBooks;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bringing an existing club in from a filled template: a dry run that says what each row would do and
 * every problem, and the import itself — members, donors and opening balances in one transaction under
 * one idempotency key, through the registry's and the funds' own services. Nothing of a file with a
 * problem is written.
 */
@Singleton
public class IntakeService {

    static final Role[] KEEPERS = {Role.ADMIN, Role.CHAIR, Role.TREASURER};

    private final ClubAccess clubs;
    private final Members members;
    private final MemberService memberService;
    private final DonorService donors;
    private final FundOperations funds;
    private final LedgerReads ledgers;
    private final LedgerBooks ledgerBooks;
    private final Idempotency idempotency;
    private final Tx tx;
    private final BusinessDates dates;

    public IntakeService(ClubAccess clubs, Members members, MemberService memberService, DonorService donors,
                         FundOperations funds, LedgerReads ledgers, LedgerBooks ledgerBooks, Idempotency idempotency, Tx tx,
                         BusinessDates dates) {
        this.ledgerBooks = ledgerBooks;
        this.clubs = clubs;
        this.members = members;
        this.memberService = memberService;
        this.donors = donors;
        this.funds = funds;
        this.ledgers = ledgers;
        this.idempotency = idempotency;
        this.tx = tx;
        this.dates = dates;
    }

    /** The club's template, its account list taken from the club's own charts. */
    public byte[] template(Caller caller, long clubId) {
        return tx.read(() -> {
            Club club = clubs.open(caller, clubId, KEEPERS);
            Map<String, TemplateWriter.AccountChoice> accounts = new LinkedHashMap<>();
            for (Fund fund : Fund.values()) {
                LedgerRow ledger = ledgers.ledgerOf(clubId, fund);
                for (LedgerReads.Account a : ledgers.accounts(ledger.id())) {
                    if (takesOpening(a.type(), a.code(), a.header())) {
                        TemplateWriter.AccountChoice was = accounts.get(a.code());
                        accounts.put(a.code(), new TemplateWriter.AccountChoice(a.code(), a.nameVi(), a.nameEn(),
                                was == null ? fund.name() : was.funds() + ", " + fund.name()));
                    }
                }
            }
            return TemplateWriter.write(club.name(), List.copyOf(accounts.values()), dates.today());
        });
    }

    private static boolean takesOpening(AccountType type, String code, boolean header) {
        return !header && type != AccountType.INCOME && type != AccountType.EXPENSE && !code.startsWith("421");
    }

    /** What importing the file would do, and every problem; writes nothing. */
    public Report dryRun(Caller caller, long clubId, byte[] file, Locale locale) {
        Upload upload = UploadReader.read(file);
        return tx.read(() -> {
            Club club = clubs.open(caller, clubId, KEEPERS);
            Plan plan = IntakeCheck.check(upload, context(club));
            return report(true, upload, plan, Map.of(), Map.of(), locale);
        });
    }

    /**
     * Imports the file, all or nothing, once per idempotency key: a retry with the same key and file
     * answers what the first import did and writes nothing; a file with problems is refused (422)
     * naming each one, and nothing is written.
     */
    public Idempotency.Once<Report> importFile(Caller caller, long clubId, String key, byte[] file, Locale locale) {
        Idempotency.requireKey(key);
        caller.requireRole(KEEPERS);
        Upload upload = UploadReader.read(file);
        FileDigest digest = new FileDigest(sha256(file));
        return tx.write(() -> {
            // locks the club: two imports of one club run one after the other
            Club club = clubs.writable(caller, clubId, KEEPERS);
            return idempotency.once(caller, key, "IMPORT:" + clubId, digest, Report.class, () -> {
                IntakeCheck.Club context = context(club);
                Plan plan = IntakeCheck.check(upload, context);
                if (!plan.ok()) {
                    throw refused(plan.problems());
                }
                return apply(caller, club, plan, context, locale, upload);
            });
        });
    }

    private Report apply(Caller caller, Club club, Plan plan, IntakeCheck.Club context, Locale locale, Upload upload) {
        Map<Integer, Long> memberIds = new HashMap<>();
        context.members().forEach((no, known) -> memberIds.put(no, known.id()));
        for (Plan.MemberRow m : plan.members()) {
            Plan.Person p = m.person();
            if (m.action() == Action.CREATE) {
                long id = at(Sheet.MEMBERS, m.row(), () -> memberService.createNumbered(caller, club.id(), m.memberNo(),
                        new CreateMember(p.fullName(), p.sex(), p.birthYear(), p.poverty(), p.ethnicity(), null, p.phone(),
                                p.joinedOn())).id());
                memberIds.put(m.memberNo(), id);
            } else if (m.action() == Action.UPDATE) {
                at(Sheet.MEMBERS, m.row(), () -> memberService.update(caller, m.existingId(), new UpdateMember(p.fullName(),
                        p.sex(), p.birthYear(), p.poverty(), p.ethnicity(), null, p.phone(), p.joinedOn())));
            }
        }
        for (Plan.DonorRow d : plan.donors()) {
            if (d.action() == Action.CREATE) {
                at(Sheet.DONORS, d.row(), () -> donors.create(caller, club.id(), new CreateDonor(d.name(), d.kind(),
                        d.contact(), d.note())));
            }
        }
        Map<Fund, Long> entries = new EnumMap<>(Fund.class);
        for (Plan.Opening o : plan.openings()) {
            if (o.action() == Action.UNCHANGED) {
                continue;
            }
            List<OpeningLine> lines = o.lines().stream().map(l -> new OpeningLine(l.accountCode(), l.amount(),
                    l.memberNo() == null ? null : memberIds.get(l.memberNo()))).toList();
            Posted posted = at(Sheet.BALANCES, o.lines().get(0).row(), () -> funds.postOpeningBalances(caller, club.id(),
                    new OpeningBalances(o.fund(), o.date(), lines, null, "Số dư đầu kỳ chuyển từ sổ sách giấy (nhập từ tệp)"),
                    locale));
            entries.put(o.fund(), posted.entries().get(0).id());
        }
        return report(false, upload, plan, memberIds, entries, locale);
    }

    /** Runs a service call for a row; a rule it refuses is named at the row (sheet!row.field). */
    private static <T> T at(Sheet sheet, int row, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            List<ApiException.FieldError> errors = e.fieldErrors().stream().map(f -> new ApiException.FieldError(
                    sheet.title + "!" + row + (f.field() == null ? "" : "." + f.field()), f.rule(), f.args())).toList();
            throw new ApiException(e.status(), e.code(), errors, e.args());
        }
    }

    private static ApiException refused(List<Issue> problems) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        for (Issue i : problems) {
            errors.add(new ApiException.FieldError(i.where(), i.rule(), i.args().toArray()));
        }
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "import-invalid", errors, problems.size());
    }

    private IntakeCheck.Club context(Club club) {
        Map<Integer, IntakeCheck.Known> known = new HashMap<>();
        for (Member m : members.byNumber(club.id()).values()) {
            known.put(m.memberNo(), new IntakeCheck.Known(m.id(), new Plan.Person(m.fullName(), m.sex(), m.birthYear(),
                    m.povertyStatus(), m.ethnicity(), m.phone(), m.joinedOn())));
        }
        Map<Long, Integer> numbers = new HashMap<>();
        known.forEach((no, k) -> numbers.put(k.id(), no));
        Map<Fund, IntakeCheck.Books> books = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            LedgerRow ledger = ledgers.ledgerOf(club.id(), fund);
            Map<String, IntakeCheck.Account> chart = new HashMap<>();
            for (LedgerReads.Account a : ledgers.accounts(ledger.id())) {
                chart.put(a.code(), new IntakeCheck.Account(a.code(), a.type(), a.normalSide(), a.header()));
            }
            List<IntakeCheck.Posting> opening = ledger.openedOn() == null ? List.of()
                    : ledgerBooks.openingPostings(club.id(), fund).stream().map(p -> new IntakeCheck.Posting(p.accountCode(),
                    p.side(), p.amount(), p.memberId() == null ? null : numbers.get(p.memberId()))).toList();
            books.put(fund, new IntakeCheck.Books(chart, ledger.lastSeq() > 0, ledger.openedOn(), opening));
        }
        return new IntakeCheck.Club(dates.today(), club.foundedOn(), known, donors.idsByName(club.id()).keySet(), books);
    }

    private static Report report(boolean dryRun, Upload upload, Plan plan, Map<Integer, Long> memberIds,
                                 Map<Fund, Long> entries, Locale locale) {
        List<MemberLine> ms = plan.members().stream().map(m -> new MemberLine(m.row(), m.memberNo(), m.person().fullName(),
                m.action(), m.changed(), m.existingId() != null ? m.existingId() : memberIds.get(m.memberNo()))).toList();
        List<DonorLine> ds = plan.donors().stream().map(d -> new DonorLine(d.row(), d.name(), d.action())).toList();
        List<BalanceView> bs = plan.openings().stream().map(o -> new BalanceView(o.fund(), o.date(),
                o.lines().stream().map(l -> new BalanceLine(l.row(), l.accountCode(), l.memberNo(), l.amount(), l.side())).toList(),
                o.debit(), o.credit(), o.surplusSide(), o.surplus(), o.action(), entries.get(o.fund()))).toList();
        List<ProblemView> ps = plan.problems().stream().map(i -> view(i, locale)).toList();
        Summary summary = new Summary(count(ms, Action.CREATE), count(ms, Action.UPDATE), count(ms, Action.UNCHANGED),
                (int) ds.stream().filter(d -> d.action() == Action.CREATE).count(),
                (int) ds.stream().filter(d -> d.action() == Action.UNCHANGED).count(),
                bs.stream().mapToInt(b -> b.lines().size()).sum(), ps.size());
        return new Report(dryRun, !dryRun && ps.isEmpty(), upload.format().name(), summary, ms, ds, bs, ps);
    }

    private static int count(List<MemberLine> lines, Action action) {
        return (int) lines.stream().filter(m -> m.action() == action).count();
    }

    private static ProblemView view(Issue i, Locale locale) {
        String columnName = null;
        if (i.sheet() != null && i.column() != null) {
            for (Sheet s : Sheet.values()) {
                if (s.title.equals(i.sheet())) {
                    IntakeLayout.Column c = s.columns.get(i.column().charAt(0) - 'A');
                    columnName = "en".equals(locale.getLanguage()) ? c.en() : c.vi();
                }
            }
        }
        String message = Messages.text(locale, "rule." + i.rule(), i.args().toArray());
        return new ProblemView(i.sheet(), i.row(), i.column(), columnName, i.value(), i.rule(), message);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null
                    ? "".getBytes(StandardCharsets.UTF_8) : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
