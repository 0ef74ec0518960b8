package vn.ishc.fund.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.audit.AuditDtos.FindingView;
import vn.ishc.fund.audit.AuditDtos.ReviewView;
import vn.ishc.fund.audit.FindingStatus;
import vn.ishc.fund.audit.ReviewService;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.security.Caller;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditor's review report: what was reviewed (ledger, period), by whom and when, the chain head the
 * auditor signed, and every finding with the club's answer and its status; signed by the auditor, the
 * treasurer and the chair.
 */
@Singleton
public class ReviewReport {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReviewService reviews;
    private final LedgerReads ledgers;
    private final Letterheads letterheads;
    private final JasperRenderer renderer;

    public ReviewReport(ReviewService reviews, LedgerReads ledgers, Letterheads letterheads, JasperRenderer renderer) {
        this.reviews = reviews;
        this.ledgers = ledgers;
        this.letterheads = letterheads;
        this.renderer = renderer;
    }

    @ReadOnly
    public Rendered render(Caller caller, long reviewId, OutputFormat format, StatementTexts texts) {
        ReviewView review = reviews.review(caller, reviewId);
        LedgerRow ledger = ledgers.visible(caller, review.ledgerId());
        Letterheads.Source source = letterheads.source(caller, ledger.clubId(), ledger, texts);
        List<Map<String, Object>> rows = rows(review, texts);
        String name = (texts.english() ? "audit-review" : "bien-ban-kiem-tra") + "_" + review.clubCode()
                .replaceAll("[^A-Za-z0-9.-]", "-") + "_" + review.fund() + "_" + review.periodFrom() + "_" + review.periodTo();
        if (format == OutputFormat.CSV) {
            CsvTable csv = new CsvTable(List.of(texts.text("review.col.no"), texts.text("review.col.entry"),
                    texts.text("review.col.severity"), texts.text("review.col.text"), texts.text("review.col.answer"),
                    texts.text("review.col.status")));
            rows.forEach(r -> csv.row(r.get("no"), r.get("entry"), r.get("severity"), r.get("text"), r.get("answer"),
                    r.get("status")));
            return new Rendered(csv.bytes(), format, name + ".csv");
        }
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, "review.title", null,
                texts.text("period.range", StatementTexts.day(review.periodFrom()), StatementTexts.day(review.periodTo())),
                texts));
        params.put("UNIT_LINE", false);
        params.put("SIGN_1_TITLE", texts.text("review.auditor"));
        params.put("SIGN_1_NAME", review.auditorName());
        params.putAll(info(review, texts));
        return new Rendered(renderer.render("review-report", false, params, rows, texts, format), format,
                name + "." + format.extension());
    }

    /** The lines above the findings: auditor, dates, status, the signed head, how many findings. */
    static Map<String, Object> info(ReviewView r, StatementTexts texts) {
        long closed = r.findings().stream().filter(f -> f.status() == FindingStatus.CLOSED).count();
        Map<String, Object> p = new HashMap<>();
        p.put("INFO_1", r.auditorName());
        p.put("INFO_2", StatementTexts.day(r.openedAt().atZone(VIETNAM).toLocalDate()));
        p.put("INFO_3", texts.text("review.status." + r.status().name()));
        p.put("INFO_4", r.signedOn() == null ? texts.text("review.not-signed") : StatementTexts.day(r.signedOn()));
        p.put("INFO_5", r.signedSeq() == null ? texts.text("review.not-signed")
                : texts.text("review.head.value", String.valueOf(r.signedSeq()), r.signedHash()));
        p.put("INFO_6", texts.text("review.count.value", String.valueOf(r.findings().size()), String.valueOf(closed)));
        return p;
    }

    /** One row per finding, in the order recorded; the answer with who gave it and when. */
    static List<Map<String, Object>> rows(ReviewView r, StatementTexts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 1;
        for (FindingView f : r.findings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", String.valueOf(no++));
            row.put("entry", f.entrySeq() == null ? texts.text("review.general") : String.valueOf(f.entrySeq()));
            row.put("severity", texts.text("review.severity." + f.severity().name()));
            row.put("text", f.text());
            row.put("answer", f.answer() == null ? null : f.answer() + " (" + f.answeredBy() + ", "
                    + StatementTexts.day(f.answeredAt().atZone(VIETNAM).toLocalDate()) + ")");
            row.put("status", texts.text("review.finding." + f.status().name()));
            rows.add(row);
        }
        return rows;
    }
}
