package vn.ishc.fund.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.BoardRole;
import vn.ishc.fund.club.ClubDtos.ClubView;
import vn.ishc.fund.club.ClubService;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.security.Caller;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The head and foot every statement shares: the association, club and commune; the form and its
 * circular; title, fund and period; the place-and-date line; the three signatures (titles from the club's
 * settings, the treasurer's and chair's names from its board); and the chain head of each ledger printed,
 * with a QR code of the link that checks them against the live books.
 */
@Singleton
public class Letterheads {

    static final int HASH_DIGITS = 16;

    private final ClubService clubs;
    private final Members members;
    private final StatementSettingsService settings;
    private final LedgerReads ledgers;
    private final BusinessDates dates;
    private final String publicUrl;

    public Letterheads(ClubService clubs, Members members, StatementSettingsService settings, LedgerReads ledgers,
                       BusinessDates dates, @Value("${ishc.public-url}") String publicUrl) {
        this.clubs = clubs;
        this.members = members;
        this.settings = settings;
        this.ledgers = ledgers;
        this.dates = dates;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What a statement prints about where it comes from. */
    public record Source(ClubView club, List<LedgerRow> ledgers, String subtitle) {
    }

    /** The club and ledgers of a statement, scope checked: one ledger's, or both of a club's (ledger null). */
    public Source source(Caller caller, long clubId, LedgerRow ledger, StatementTexts texts) {
        ClubView club = clubs.get(caller, clubId);
        if (ledger != null) {
            return new Source(club, List.of(ledger), texts.text("fund." + ledger.fund().name()));
        }
        return new Source(club, List.of(ledgers.ledgerOf(clubId, vn.ishc.fund.ledger.Fund.IGF),
                ledgers.ledgerOf(clubId, vn.ishc.fund.ledger.Fund.AF)), texts.text("fund.club"));
    }

    /** The parameters of the common head and foot. */
    public Map<String, Object> parameters(Source source, String titleKey, String formKey, String period,
                                          StatementTexts texts) {
        ClubView club = source.club();
        LocalDate today = dates.today();
        StatementSettingsService.Settings chosen = settings.of(club.id());
        Map<String, Object> p = new HashMap<>();
        p.put("ASSOCIATION", texts.text("association", club.provinceName()).toUpperCase(texts.locale()));
        p.put("CLUB", club.name());
        p.put("ADDRESS", club.communeName() + ", " + club.provinceName());
        p.put("FORM_CODE", formKey == null ? null : texts.text(formKey));
        p.put("FORM_NOTE", formKey == null ? null : texts.text("form.note"));
        p.put("TITLE", texts.text(titleKey));
        p.put("SUBTITLE", source.subtitle());
        p.put("PERIOD", period);
        p.put("PLACE_DATE", texts.placeAndDate(chosen.place() != null ? chosen.place() : club.communeName(), today));
        p.put("SIGN_1_TITLE", title(chosen.preparerTitle(), "sign.preparer", texts));
        p.put("SIGN_2_TITLE", title(chosen.treasurerTitle(), "sign.treasurer", texts));
        p.put("SIGN_3_TITLE", title(chosen.chairTitle(), "sign.chair", texts));
        p.put("SIGN_1_NAME", null);
        p.put("SIGN_2_NAME", boardName(club.id(), BoardRole.TREASURER, today));
        p.put("SIGN_3_NAME", boardName(club.id(), BoardRole.CHAIR, today));
        List<LedgerReads.Head> heads = source.ledgers().stream().map(l -> ledgers.head(l.id())).toList();
        String link = verifyLink(source.ledgers(), heads);
        p.put("HEAD_LINE", headLine(source.ledgers(), heads, link, today, texts));
        p.put("QR", QrCodes.of(link, 240));
        p.put("VERIFY_URL", link);
        return p;
    }

    /** The link the QR code carries: every printed ledger's head, as comma lists of ledger, seq and hash. */
    String verifyLink(List<LedgerRow> printed, List<LedgerReads.Head> heads) {
        return publicUrl + "/api/v1/statements/verify?ledger="
                + printed.stream().map(l -> String.valueOf(l.id())).collect(Collectors.joining(","))
                + "&seq=" + heads.stream().map(h -> String.valueOf(h.seq())).collect(Collectors.joining(","))
                + "&hash=" + heads.stream().map(h -> h.hash().substring(0, HASH_DIGITS)).collect(Collectors.joining(","));
    }

    /** "… up to entry 70 (hash cd0709165972dd16) on 03/12/2026 …", or per fund for a club's two ledgers. */
    private static String headLine(List<LedgerRow> printed, List<LedgerReads.Head> heads, String link, LocalDate today,
                                   StatementTexts texts) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            LedgerReads.Head h = heads.get(i);
            String entry = h.seq() == 0 ? texts.text("head.empty")
                    : texts.text("head.entry", String.valueOf(h.seq()), h.hash().substring(0, HASH_DIGITS));
            parts.add(printed.size() > 1 ? texts.text("head.fund", texts.text("fund." + printed.get(i).fund().name()), entry)
                    : entry);
        }
        return texts.text("head.line", String.join("; ", parts), StatementTexts.day(today), link.substring(0, link.indexOf('?')));
    }

    private static String title(String chosen, String key, StatementTexts texts) {
        return chosen != null && !texts.english() ? chosen : texts.text(key);
    }

    private String boardName(long clubId, BoardRole role, LocalDate on) {
        Optional<Long> holder = members.boardHolder(clubId, role, on);
        return holder.map(id -> members.refs(List.of(id)).get(id).fullName()).orElse(null);
    }
}
