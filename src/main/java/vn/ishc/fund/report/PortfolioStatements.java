package vn.ishc.fund.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubFigures;
import vn.ishc.fund.club.DonorDtos.DonorView;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Member;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.geo.AdminUnit;
import vn.ishc.fund.geo.UnitLevel;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.ledger.DonorMovements;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.FundSizes;
import vn.ishc.fund.ledger.LedgerDtos.MemberLine;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerService;
import vn.ishc.fund.lending.LendingDtos.Arrears;
import vn.ishc.fund.lending.LendingReads;
import vn.ishc.fund.security.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of members, loans, donors and clubs: a member's passbook, a club's loan portfolio and
 * arrears, a club's donors, and the summary of the clubs of an administrative unit. Each is read in one
 * connection through the owners' public reads, with the scope checked first, and agrees with their APIs.
 */
@Singleton
public class PortfolioStatements {

    private static final int PAGE = PageQuery.MAX_SIZE;

    private final Members members;
    private final LedgerService ledgerService;
    private final LedgerReads ledgers;
    private final LendingReads lending;
    private final DonorService donors;
    private final DonorMovements donorMovements;
    private final ClubFigures clubFigures;
    private final FundSizes fundSizes;
    private final Letterheads letterheads;
    private final JasperRenderer renderer;
    private final BusinessDates dates;
    private final Units units;

    public PortfolioStatements(Members members, LedgerService ledgerService, LedgerReads ledgers, LendingReads lending,
                               DonorService donors, DonorMovements donorMovements, ClubFigures clubFigures,
                               FundSizes fundSizes, Letterheads letterheads, JasperRenderer renderer, BusinessDates dates, Units units) {
        this.members = members;
        this.ledgerService = ledgerService;
        this.ledgers = ledgers;
        this.lending = lending;
        this.donors = donors;
        this.donorMovements = donorMovements;
        this.clubFigures = clubFigures;
        this.fundSizes = fundSizes;
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.dates = dates;
        this.units = units;
    }

    /** A member's passbook for the period: both funds' lines with running balances, and the loans at its end. */
    @ReadOnly
    public Rendered passbook(Caller caller, long memberId, LocalDate from, LocalDate to, OutputFormat format,
                             StatementTexts texts) {
        Member member = members.visible(caller, memberId).orElseThrow(() -> ApiException.notFound("member"));
        StatementPeriod period = period(from, to);
        List<MemberLine> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<MemberLine> p = ledgerService.memberLedger(caller, memberId,
                    new PageQuery(page, PAGE, "p.value_date, p.id"), texts.locale()).lines();
            lines.addAll(p.items());
            if (p.items().size() < PAGE) {
                break;
            }
        }
        PassbookStatement.Book book = PassbookStatement.book(lines, lending.memberLoans(caller, memberId, period.to()), period);
        Letterheads.Source source = letterheads.source(caller, member.clubId(), null, texts);
        source = new Letterheads.Source(source.club(), source.ledgers(),
                texts.text("pb.member", member.fullName(), String.valueOf(member.memberNo())));
        String name = fileName(texts.english() ? "passbook" : "so-thanh-vien", source.club().code() + "_" + member.memberNo(),
                period);
        if (format == OutputFormat.CSV) {
            return new Rendered(PassbookStatement.csv(book, texts), format, name + ".csv");
        }
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, "pb.title", null,
                texts.text("period.range", StatementTexts.day(period.from()), StatementTexts.day(period.to())), texts));
        noForm(params);
        // the member signs first, then the treasurer, and the chair confirms
        params.put("SIGN_1_TITLE", texts.text("pb.sign.member"));
        params.put("SIGN_1_NAME", member.fullName());
        return new Rendered(renderer.render("passbook", false, params, PassbookStatement.rows(book, texts), texts, format),
                format, name + "." + format.extension());
    }

    /** A club's loan portfolio and arrears at a date: the figures of {@code GET /clubs/{id}/arrears?asOf=}. */
    @ReadOnly
    public Rendered loanPortfolio(Caller caller, long clubId, LocalDate asOf, OutputFormat format, StatementTexts texts) {
        LocalDate on = at(asOf);
        Arrears a = lending.arrears(caller, clubId, on);
        Letterheads.Source source = letterheads.source(caller, clubId, ledgers.ledgerOf(clubId, Fund.IGF), texts);
        String name = fileName(texts.english() ? "loan-portfolio" : "danh-muc-cho-vay", source.club().code(), on);
        if (format == OutputFormat.CSV) {
            return new Rendered(LoanPortfolioStatement.csv(a, texts), format, name + ".csv");
        }
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, "lp.title", null,
                texts.text("period.at", StatementTexts.day(on)), texts));
        noForm(params);
        params.putAll(LoanPortfolioStatement.parameters(a));
        return new Rendered(renderer.render("loan-portfolio", true, params, LoanPortfolioStatement.rows(a), texts, format),
                format, name + "." + format.extension());
    }

    /** What the club's donors gave in the period, by donor and kind of donor, cash, bank and in kind. */
    @ReadOnly
    public Rendered donors(Caller caller, long clubId, LocalDate from, LocalDate to, OutputFormat format,
                           StatementTexts texts) {
        StatementPeriod period = period(from, to);
        Letterheads.Source source = letterheads.source(caller, clubId, null, texts);
        List<DonorView> register = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<DonorView> p = donors.list(caller, clubId, null, new PageQuery(page, PAGE, "d.name, d.id"));
            register.addAll(p.items());
            if (p.items().size() < PAGE) {
                break;
            }
        }
        List<DonorStatement.Line> lines = DonorStatement.lines(register,
                donorMovements.of(clubId, period.from(), period.to()));
        String name = fileName(texts.english() ? "donors" : "nha-tai-tro", source.club().code(), period);
        if (format == OutputFormat.CSV) {
            return new Rendered(DonorStatement.csv(lines, texts), format, name + ".csv");
        }
        List<Map<String, Object>> rows = DonorStatement.rows(lines, texts);
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, "dn.title", null,
                texts.text("period.range", StatementTexts.day(period.from()), StatementTexts.day(period.to())), texts));
        noForm(params);
        params.put("DONORS", (int) lines.stream().filter(l -> !l.subtotal()).count());
        return new Rendered(renderer.render("donors", true, params, rows, texts, format), format,
                name + "." + format.extension());
    }

    /**
     * The clubs the caller may see under a unit (the nation when {@code unitId} is null, for ADMIN) at a
     * date, with a subtotal per commune and the total.
     */
    @ReadOnly
    public Rendered clubSummary(Caller caller, Long unitId, LocalDate asOf, OutputFormat format, StatementTexts texts) {
        AdminUnit unit = unitId == null ? null : clubFigures.visibleUnit(caller, unitId);
        LocalDate on = at(asOf);
        List<ClubSummaryStatement.Line> lines = ClubSummaryStatement.lines(clubFigures.at(caller, unitId, on),
                fundSizes.at(caller, unitId, on), lending.perClub(caller, unitId, on));
        String name = fileName(texts.english() ? "club-summary" : "tong-hop-cau-lac-bo",
                unit == null ? "VN" : unit.code(), on);
        if (format == OutputFormat.CSV) {
            return new Rendered(ClubSummaryStatement.csv(lines, texts), format, name + ".csv");
        }
        List<Map<String, Object>> rows = ClubSummaryStatement.rows(lines, unit == null, texts);
        Map<String, Object> params = unitParameters(unit, lines.size(), on, texts);
        params.put("CLUBS", (int) lines.stream().filter(l -> !l.subtotal()).count());
        params.put("NOTE", texts.text("cs.note", String.valueOf(clubFigures.elderlyAge())));
        return new Rendered(renderer.render("club-summary", true, params, rows, texts, format), format,
                name + "." + format.extension());
    }

    /** The head and foot of a statement over many clubs: the association of the unit, no club's chain head. */
    private Map<String, Object> unitParameters(AdminUnit unit, int lines, LocalDate on, StatementTexts texts) {
        LocalDate today = dates.today();
        Map<String, Object> p = new HashMap<>();
        String province = unit == null ? null : unit.level() == UnitLevel.PROVINCE ? unit.name()
                : provinceOf(unit);
        p.put("ASSOCIATION", (unit == null ? texts.text("cs.association.nation") : texts.text("association", province))
                .toUpperCase(texts.locale()));
        p.put("CLUB", unit == null ? texts.text("cs.nation") : unit.name());
        p.put("ADDRESS", unit == null || unit.level() == UnitLevel.PROVINCE ? "" : province);
        p.put("FORM_CODE", "");
        p.put("FORM_NOTE", "");
        p.put("TITLE", texts.text("cs.title"));
        p.put("SUBTITLE", unit == null ? texts.text("cs.nation") : unit.name());
        p.put("PERIOD", texts.text("period.at", StatementTexts.day(on)));
        p.put("PLACE_DATE", texts.placeAndDate(unit == null ? texts.text("cs.nation.place") : unit.name(), today));
        p.put("SIGN_1_TITLE", texts.text("sign.preparer"));
        p.put("SIGN_2_TITLE", texts.text("cs.sign.accountant"));
        p.put("SIGN_3_TITLE", texts.text("cs.sign.chair"));
        p.put("SIGN_1_NAME", null);
        p.put("SIGN_2_NAME", null);
        p.put("SIGN_3_NAME", null);
        p.put("HEAD_LINE", texts.text("cs.head", StatementTexts.day(on)));
        p.put("QR", null);
        p.put("VERIFY_URL", null);
        return p;
    }

    /** These statements have no form of the circular: the head leaves its corner blank. */
    private static void noForm(Map<String, Object> params) {
        params.put("FORM_CODE", "");
        params.put("FORM_NOTE", "");
    }

    /** The province a commune or village lies in. */
    private String provinceOf(AdminUnit unit) {
        AdminUnit u = unit;
        while (u.level() != UnitLevel.PROVINCE && u.parentId() != null) {
            u = units.find(u.parentId()).orElseThrow();
        }
        return u.name();
    }

    private StatementPeriod period(LocalDate from, LocalDate to) {
        return StatementPeriod.of(from, to, dates.today(), dates.latest());
    }

    /** A statement's date: today by default, not beyond the last day an entry may be dated. */
    private LocalDate at(LocalDate asOf) {
        LocalDate on = asOf == null ? dates.today() : asOf;
        return StatementPeriod.of(on, on, dates.today(), dates.latest()).to();
    }

    private static String fileName(String kind, String who, StatementPeriod period) {
        return kind + "_" + ascii(who) + "_" + period.from() + "_" + period.to();
    }

    private static String fileName(String kind, String who, LocalDate on) {
        return kind + "_" + ascii(who) + "_" + on;
    }

    private static String ascii(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
