package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.ledger.LedgerDtos.EntryView;
import vn.ishc.fund.ledger.LedgerDtos.PostingView;
import vn.ishc.fund.money.Amounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads posted entries with their postings. Callers check scope first. */
@Singleton
class EntryReader {

    public static final Map<String, String> SORTABLE = Map.of("seq", "e.seq", "date", "e.value_date",
            "total", "e.total");
    private static final String ENTRY_SELECT = "SELECT e.*, l.club_id, l.fund, l.currency, "
            + "(SELECT r.id FROM journal_entry r WHERE r.reverses_id = e.id) AS reversed_by";
    private static final String ENTRY_FROM = "FROM journal_entry e JOIN ledger l ON l.id = e.ledger_id";

    private final JdbcOperations jdbc;
    private final Members members;
    private final DonorService donors;

    EntryReader(JdbcOperations jdbc, Members members, DonorService donors) {
        this.jdbc = jdbc;
        this.members = members;
        this.donors = donors;
    }

    public EntryView entry(long id, Locale locale) {
        List<EntryView> found = byIds(List.of(id), locale);
        if (found.isEmpty()) {
            throw ApiException.notFound("entry");
        }
        return found.get(0);
    }

    public List<EntryView> byIds(List<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, EntryView> heads = new LinkedHashMap<>();
        jdbc.prepareStatement(ENTRY_SELECT + " " + ENTRY_FROM + " WHERE e.id IN (" + in + ") ORDER BY e.ledger_id, e.seq", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EntryView e = head(rs);
                    heads.put(e.id(), e);
                }
            }
            return null;
        });
        Map<Long, List<PostingView>> postings = postings(heads.keySet(), locale);
        List<EntryView> out = new ArrayList<>();
        for (long id : ids) {
            EntryView e = heads.get(id);
            if (e != null) {
                out.add(withPostings(e, postings.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    public Page<EntryView> list(long ledgerId, LocalDate from, LocalDate to, String operation, Long memberId,
                                PageQuery page, Locale locale) {
        SqlQuery query = new SqlQuery(ENTRY_FROM)
                .where("e.ledger_id = ?", ledgerId)
                .whereIf(from, "e.value_date >= ?", from)
                .whereIf(to, "e.value_date <= ?", to)
                .whereIf(operation, "e.operation = ?", operation)
                .whereIf(memberId, "EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.member_id = ?)", memberId);
        Page<EntryView> heads = query.page(jdbc, ENTRY_SELECT, page, EntryReader::head);
        Map<Long, List<PostingView>> postings = postings(heads.items().stream().map(EntryView::id).toList(), locale);
        return heads.map(e -> withPostings(e, postings.getOrDefault(e.id(), List.of())));
    }

    private Map<Long, List<PostingView>> postings(java.util.Collection<Long> entryIds, Locale locale) {
        Map<Long, List<PostingView>> out = new LinkedHashMap<>();
        if (entryIds.isEmpty()) {
            return out;
        }
        String in = entryIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String name = "en".equals(locale.getLanguage()) ? "a.name_en" : "a.name_vi";
        jdbc.prepareStatement("SELECT p.*, a.code, " + name + " AS account_name, l.currency "
                + "FROM posting p JOIN account a ON a.id = p.account_id JOIN ledger l ON l.id = p.ledger_id "
                + "WHERE p.entry_id IN (" + in + ") ORDER BY p.entry_id, p.line_no", (PreparedStatement ps) -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(new PostingView(
                            rs.getInt("line_no"), rs.getString("code"), rs.getString("account_name"),
                            Side.valueOf(rs.getString("side")), Amounts.normalize(rs.getBigDecimal("amount"), Amounts.currency(rs.getString("currency"))),
                            rs.getObject("member_id", Long.class), null,
                            rs.getObject("loan_id", Long.class), rs.getObject("donor_id", Long.class),
                            null, rs.getObject("activity_area", Integer.class)));
                }
            }
            return null;
        });
        return named(out);
    }

    /** The members' and donors' names on the postings, from their registers. */
    private Map<Long, List<PostingView>> named(Map<Long, List<PostingView>> postings) {
        Set<Long> memberIds = new HashSet<>();
        Set<Long> donorIds = new HashSet<>();
        postings.values().forEach(list -> list.forEach(p -> {
            if (p.memberId() != null) {
                memberIds.add(p.memberId());
            }
            if (p.donorId() != null) {
                donorIds.add(p.donorId());
            }
        }));
        Map<Long, Members.Ref> people = members.refs(memberIds);
        Map<Long, DonorService.Ref> givers = donors.refs(donorIds);
        Map<Long, List<PostingView>> out = new LinkedHashMap<>();
        postings.forEach((entry, list) -> out.put(entry, list.stream().map(p -> new PostingView(p.line(), p.accountCode(),
                p.accountName(), p.side(), p.amount(), p.memberId(),
                p.memberId() == null ? null : people.get(p.memberId()).fullName(), p.loanId(), p.donorId(),
                p.donorId() == null ? null : givers.get(p.donorId()).name(), p.activityArea())).toList()));
        return out;
    }

    private static EntryView head(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        return new EntryView(rs.getLong("id"), rs.getLong("ledger_id"), rs.getLong("club_id"),
                Fund.valueOf(rs.getString("fund")), rs.getLong("seq"), rs.getObject("value_date", LocalDate.class),
                rs.getString("operation"),
                VoucherType.format(rs.getString("voucher_type"), rs.getInt("voucher_year"), rs.getInt("voucher_no")),
                rs.getString("description"), Amounts.normalize(rs.getBigDecimal("total"), Amounts.currency(currency)),
                rs.getObject("reverses_id", Long.class), rs.getObject("reversed_by", Long.class),
                rs.getString("reversal_reason"), rs.getString("batch_id"), rs.getString("recorded_by_name"),
                rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("prev_hash"), rs.getString("hash"), List.of());
    }

    private static EntryView withPostings(EntryView e, List<PostingView> postings) {
        return new EntryView(e.id(), e.ledgerId(), e.clubId(), e.fund(), e.seq(), e.date(), e.operation(), e.voucher(),
                e.description(), e.total(), e.reversesId(), e.reversedById(), e.reversalReason(), e.batchId(),
                e.recordedBy(), e.recordedAt(), e.prevHash(), e.hash(), postings);
    }
}
