package vn.ishc.fund.report;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.StatementFiles;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review report lists what was reviewed, the findings with the answers, and the signed head. */
class ReviewReportTest {

    private static final LocalDate TODAY = Dates.today();

    @Test
    void theReportShowsFindingsAnswersAndTheSignedHead() {
        ClubBooks b = new ClubBooks(1);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 500_000, "date", TODAY.toString())).expect(201);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 200_000, "date", TODAY.toString())).expect(201);
        Fixtures.User auditor = Fixtures.createUser("AUDITOR", null, List.of(b.club));
        Api asAuditor = TestApp.api().as(auditor.token());
        long review = asAuditor.post("/api/v1/ledgers/" + b.igf + "/reviews",
                Map.of("from", TODAY.minusMonths(1).toString(), "to", TODAY.toString())).expect(201).id();
        long entry = TestApp.db().count("SELECT id FROM journal_entry WHERE ledger_id = ? AND seq = 2", b.igf);
        long finding = asAuditor.post("/api/v1/reviews/" + review + "/findings", Map.of("entryId", entry,
                "severity", "MAJOR", "text", "Phiếu thu thiếu chữ ký người nộp tiền")).expect(201).id();
        asAuditor.post("/api/v1/reviews/" + review + "/findings", Map.of("severity", "INFO",
                "text", "Sổ quỹ ghi chép đầy đủ")).expect(201);
        b.asChair().post("/api/v1/reviews/" + review + "/findings/" + finding + "/answer",
                Map.of("text", "Đã bổ sung chữ ký")).expect(200);
        String unsigned = StatementFiles.pdfText(b.asChair().download("/api/v1/reviews/" + review + "/report")
                .expect(200).body());
        assertTrue(unsigned.contains("Chưa ký"), unsigned);
        asAuditor.post("/api/v1/reviews/" + review + "/sign-off", null).expect(200);
        String hash = TestApp.db().string("SELECT last_hash FROM ledger WHERE id = ?", b.igf);

        Api.Download pdf = b.asChair().download("/api/v1/reviews/" + review + "/report").expect(200);
        StatementFiles.keep("review-report-vi.pdf", pdf.body());
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("BIÊN BẢN KIỂM TRA SỔ SÁCH", "Quỹ tăng thu nhập", "Người kiểm tra", auditor.username(),
                "Đã ký xác nhận", "bút toán số 2, mã", hash, "2 phát hiện, 0 đã đóng", "Phiếu thu thiếu chữ ký người",
                "Đã bổ sung chữ ký", "Lớn", "Thông tin", "Chung", "Đã trả lời", "Chưa trả lời", "Thủ quỹ", "Chủ nhiệm CLB")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        assertFalse(text.contains("Đơn vị tính"), "no amounts, no unit line");
        assertFalse(text.contains("null"), "no form code printed as null");
        String english = StatementFiles.pdfText(b.asChair().download("/api/v1/reviews/" + review + "/report?lang=en")
                .expect(200).body());
        assertTrue(english.contains("AUDIT REVIEW REPORT") && english.contains("Signed off") && english.contains("Major"),
                english);
        List<List<String>> csv = StatementFiles.csv(b.asChair().download("/api/v1/reviews/" + review
                + "/report?format=csv").expect(200).body());
        assertEquals(3, csv.size());
        assertEquals(List.of("1", "2", "Lớn", "Phiếu thu thiếu chữ ký người nộp tiền",
                csv.get(1).get(4), "Đã trả lời"), csv.get(1));
        assertTrue(csv.get(1).get(4).startsWith("Đã bổ sung chữ ký ("));
        StatementFiles.xlsx(b.asChair().download("/api/v1/reviews/" + review + "/report?format=xlsx").expect(200).body());
        // outside the scope, and an unknown review
        new ClubBooks(1).asChair().download("/api/v1/reviews/" + review + "/report").expect(404);
        b.asChair().download("/api/v1/reviews/999999999/report").expect(404);
    }
}
