package vn.ishc.fund.intake;

import vn.ishc.fund.club.DonorKind;
import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.club.Sex;
import vn.ishc.fund.common.time.PlausibleDates;
import vn.ishc.fund.intake.IntakeLayout.Sheet;
import vn.ishc.fund.intake.Plan.Action;
import vn.ishc.fund.intake.Plan.DonorRow;
import vn.ishc.fund.intake.Plan.Line;
import vn.ishc.fund.intake.Plan.MemberRow;
import vn.ishc.fund.intake.Plan.Opening;
import vn.ishc.fund.intake.Plan.Person;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of an import, on what was read and what the club holds already: every problem of every row,
 * and what each row would do. Pure: the registry and books come in as {@link Club}, today as a date.
 */
public final class IntakeCheck {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final String SURPLUS = "421";

    /** What the club holds already, as the rules need it. */
    public record Club(LocalDate today, LocalDate foundedOn, Map<Integer, Known> members, Set<String> donorNames,
                       Map<Fund, Books> books) {
    }

    /** A member already registered under a number. */
    public record Known(long id, Person person) {
    }

    /**
     * A fund's chart (leaf and header accounts by code), whether the ledger has entries already, and the
     * postings of its opening balances if it has them (421 included; members by member number).
     */
    public record Books(Map<String, Account> chart, boolean hasEntries, LocalDate openedOn, List<Posting> opening) {
    }

    /** A posting of the opening balances entry. */
    public record Posting(String accountCode, Side side, BigDecimal amount, Integer memberNo) {
    }

    public record Account(String code, AccountType type, Side normalSide, boolean header) {
    }

    private IntakeCheck() {
    }

    public static Plan check(Upload upload, Club club) {
        List<Issue> problems = new ArrayList<>(upload.problems());
        Map<Integer, Person> fileMembers = new HashMap<>();
        List<MemberRow> members = members(upload.sheets().getOrDefault(Sheet.MEMBERS, List.of()), club, problems, fileMembers);
        List<DonorRow> donors = donors(upload.sheets().getOrDefault(Sheet.DONORS, List.of()), club, problems);
        List<Opening> openings = openings(upload.sheets().getOrDefault(Sheet.BALANCES, List.of()), club, problems, fileMembers);
        return new Plan(members, donors, openings, List.copyOf(problems));
    }

    private static List<MemberRow> members(List<Upload.Row> rows, Club club, List<Issue> problems,
                                           Map<Integer, Person> byNumber) {
        List<MemberRow> out = new ArrayList<>();
        Map<Integer, Integer> firstRow = new HashMap<>();
        for (Upload.Row r : rows) {
            CellReader c = new CellReader(Sheet.MEMBERS, r, problems);
            int before = problems.size();
            Integer no = c.integer("memberNo");
            if (no != null && no < 1) {
                c.flag("memberNo", "positive");
                no = null;
            }
            if (no != null && firstRow.putIfAbsent(no, r.number()) != null) {
                c.flag("memberNo", "duplicate-row", firstRow.get(no));
                no = null;
            }
            String name = c.text("fullName");
            Sex sex = c.choice("sex", IntakeLayout.SEX);
            Integer born = c.integer("birthYear");
            if (born != null && (born < PlausibleDates.EARLIEST.getYear() || born > club.today().getYear())) {
                c.flag("birthYear", "birth-year-range", PlausibleDates.EARLIEST.getYear(), club.today().getYear());
                born = null;
            }
            PovertyStatus poverty = c.choice("povertyStatus", IntakeLayout.POVERTY);
            String ethnicity = c.text("ethnicity");
            String phone = c.text("phone");
            if (phone != null) {
                phone = phone.replaceAll("[ .\\-]", "");
                if (!PHONE.matcher(phone).matches()) {
                    c.flag("phone", "phone-pattern");
                    phone = null;
                }
            }
            LocalDate joined = c.date("joinedOn");
            if (joined != null && joined.isAfter(club.today())) {
                c.flag("joinedOn", "not-future");
            } else if (joined != null && joined.isBefore(club.foundedOn())) {
                c.flag("joinedOn", "before-founding", club.foundedOn());
            }
            if (no == null) {
                continue;
            }
            if (problems.size() > before) {
                byNumber.put(no, null); // in the file, with problems of its own: not named again by balances
                continue;
            }
            Person p = new Person(name, sex, born, poverty, ethnicity, phone, joined);
            byNumber.put(no, p);
            Known known = club.members().get(no);
            if (known == null) {
                out.add(new MemberRow(r.number(), no, Action.CREATE, null, p, List.of()));
            } else {
                List<String> changed = changes(known.person(), p);
                out.add(new MemberRow(r.number(), no, changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE,
                        known.id(), p, changed));
            }
        }
        return out;
    }

    /** The columns whose value the file changes; a blank optional cell keeps what is stored. */
    static List<String> changes(Person was, Person now) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(was.fullName(), now.fullName())) {
            out.add("fullName");
        }
        if (was.sex() != now.sex()) {
            out.add("sex");
        }
        if (was.birthYear() != now.birthYear()) {
            out.add("birthYear");
        }
        if (was.poverty() != now.poverty()) {
            out.add("povertyStatus");
        }
        if (now.ethnicity() != null && !now.ethnicity().equals(was.ethnicity())) {
            out.add("ethnicity");
        }
        if (now.phone() != null && !now.phone().equals(was.phone())) {
            out.add("phone");
        }
        if (!Objects.equals(was.joinedOn(), now.joinedOn())) {
            out.add("joinedOn");
        }
        return out;
    }

    private static List<DonorRow> donors(List<Upload.Row> rows, Club club, List<Issue> problems) {
        List<DonorRow> out = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Upload.Row r : rows) {
            CellReader c = new CellReader(Sheet.DONORS, r, problems);
            int before = problems.size();
            String name = c.text("name");
            if (name != null && firstRow.putIfAbsent(name, r.number()) != null) {
                c.flag("name", "duplicate-row", firstRow.get(name));
            }
            DonorKind kind = c.choice("kind", IntakeLayout.DONOR_KIND);
            String contact = c.text("contact");
            String note = c.text("note");
            if (problems.size() == before) {
                out.add(new DonorRow(r.number(), name, kind, contact, note,
                        club.donorNames().contains(name) ? Action.UNCHANGED : Action.CREATE));
            }
        }
        return out;
    }

    private static List<Opening> openings(List<Upload.Row> rows, Club club, List<Issue> problems,
                                          Map<Integer, Person> fileMembers) {
        Map<Fund, List<Line>> lines = new EnumMap<>(Fund.class);
        Map<Fund, LocalDate> dates = new EnumMap<>(Fund.class);
        Map<Fund, Integer> dateRows = new EnumMap<>(Fund.class);
        Map<String, Integer> firstRow = new HashMap<>();
        Map<Fund, CellReader> firstRows = new EnumMap<>(Fund.class);
        Set<Fund> withProblems = java.util.EnumSet.noneOf(Fund.class);
        for (Upload.Row r : rows) {
            CellReader c = new CellReader(Sheet.BALANCES, r, problems);
            int before = problems.size();
            Fund fund = c.choice("fund", IntakeLayout.FUND);
            LocalDate date = c.date("date");
            String code = c.text("accountCode");
            Integer memberNo = c.integer("memberNo");
            BigDecimal amount = c.whole("amount");
            if (amount != null && amount.signum() <= 0) {
                c.flag("amount", "positive");
            }
            if (date != null && date.isAfter(club.today())) {
                c.flag("date", "not-future");
                date = null;
            } else if (date != null && date.isBefore(club.foundedOn())) {
                c.flag("date", "before-founding", club.foundedOn());
                date = null;
            }
            if (fund != null && date != null) {
                LocalDate first = dates.putIfAbsent(fund, date);
                if (first == null) {
                    dateRows.put(fund, r.number());
                } else if (!first.equals(date)) {
                    c.flag("date", "opening-date-differs", first, dateRows.get(fund));
                }
            }
            Books books = fund == null ? null : club.books().get(fund);
            if (fund != null) {
                firstRows.putIfAbsent(fund, c);
            }
            Account account = null;
            if (books != null && code != null) {
                account = books.chart().get(code);
                if (account == null) {
                    c.flag("accountCode", "unknown-account", code);
                } else if (account.header()) {
                    c.flag("accountCode", "header-account", code);
                } else if (account.type() == AccountType.INCOME || account.type() == AccountType.EXPENSE
                        || code.startsWith(SURPLUS)) {
                    c.flag("accountCode", "opening-account", code);
                }
            }
            if (memberNo != null) {
                Person p = fileMembers.get(memberNo);
                Known known = club.members().get(memberNo);
                LocalDate joined = p != null ? p.joinedOn() : known != null ? known.person().joinedOn() : null;
                if (!fileMembers.containsKey(memberNo) && known == null) {
                    c.flag("memberNo", "unknown-member-no", memberNo);
                } else if (date != null && joined != null && joined.isAfter(date)) {
                    c.flag("memberNo", "joined-after-opening", joined, date);
                }
            }
            if (fund != null && code != null) {
                String key = fund + "|" + code + "|" + memberNo;
                Integer first = firstRow.putIfAbsent(key, r.number());
                if (first != null) {
                    c.flag("accountCode", "duplicate-row", first);
                }
            }
            if (problems.size() == before && account != null) {
                lines.computeIfAbsent(fund, f -> new ArrayList<>())
                        .add(new Line(r.number(), code, memberNo, amount, account.normalSide()));
            } else if (fund != null) {
                withProblems.add(fund);
            }
        }
        List<Opening> out = new ArrayList<>();
        lines.forEach((fund, ls) -> out.add(opening(fund, dates.get(fund), ls)));
        // a ledger opened already takes no other opening balances; the same ones again change nothing
        for (var first : firstRows.entrySet()) {
            Books books = club.books().get(first.getKey());
            if (!books.hasEntries()) {
                continue;
            }
            Opening o = out.stream().filter(x -> x.fund() == first.getKey()).findFirst().orElse(null);
            if (o != null && !withProblems.contains(o.fund()) && books.openedOn() != null
                    && books.openedOn().equals(o.date()) && sameAs(o, books.opening())) {
                out.set(out.indexOf(o), o.unchanged());
            } else if (books.openedOn() != null) {
                first.getValue().flag("fund", "ledger-has-opening", books.openedOn());
            } else {
                first.getValue().flag("fund", "ledger-has-entries");
            }
        }
        return out;
    }

    /** Whether the opening balances are the postings the ledger was opened with (421 included), in any order. */
    static boolean sameAs(Opening o, List<Posting> posted) {
        List<Posting> file = new ArrayList<>();
        o.lines().forEach(l -> file.add(new Posting(l.accountCode(), l.side(), l.amount(), l.memberNo())));
        if (o.surplusSide() != null) {
            file.add(new Posting(SURPLUS, o.surplusSide(), o.surplus(), null));
        }
        return count(file).equals(count(posted));
    }

    private static Map<String, Integer> count(List<Posting> postings) {
        Map<String, Integer> out = new HashMap<>();
        postings.forEach(p -> out.merge(p.accountCode() + "|" + p.side() + "|" + p.amount().stripTrailingZeros().toPlainString()
                + "|" + p.memberNo(), 1, Integer::sum));
        return out;
    }

    /** The lines' totals and what 421 takes so that debits equal credits (as the posting rule does). */
    static Opening opening(Fund fund, LocalDate date, List<Line> lines) {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Line l : lines) {
            if (l.side() == Side.D) {
                debit = debit.add(l.amount());
            } else {
                credit = credit.add(l.amount());
            }
        }
        int cmp = debit.compareTo(credit);
        Side side = cmp > 0 ? Side.C : cmp < 0 ? Side.D : null;
        return new Opening(fund, date, List.copyOf(lines), debit, credit, side, debit.subtract(credit).abs(), Action.CREATE);
    }

    /** The members of the file by number, for the import to find them once created. */
    static Map<Integer, MemberRow> byNumber(Plan plan) {
        Map<Integer, MemberRow> out = new LinkedHashMap<>();
        plan.members().forEach(m -> out.put(m.memberNo(), m));
        return out;
    }
}
