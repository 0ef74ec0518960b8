package vn.ishc.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The meeting sheet as the page shows it: every active member with the fee and contribution typed (or
 * pre-filled), and each running loan of theirs with what is due; the errors of the last save next to
 * their fields. Built from the services ({@link MeetingSheets}), filled from a posted form ({@link MeetingForm}).
 */
public final class MeetingSheet {

    /** A borrower's loan on the sheet: what is due at the meeting, and the repayment typed. */
    public static final class LoanLine {
        final long loanId;
        final BigDecimal due;
        final int daysPastDue;
        String amount;
        boolean paid;
        String key;
        String error;
        boolean saved;

        LoanLine(long loanId, BigDecimal due, int daysPastDue, String amount) {
            this.loanId = loanId;
            this.due = due;
            this.daysPastDue = daysPastDue;
            this.amount = amount;
            this.key = newKey();
        }

        public long loanId() { return loanId; }
        public BigDecimal due() { return due; }
        public int daysPastDue() { return daysPastDue; }
        public String amount() { return amount; }
        public boolean paid() { return paid; }
        public String key() { return key; }
        public String error() { return error; }
        public boolean saved() { return saved; }
    }

    /** One member's row. */
    public static final class Row {
        final long memberId;
        final String name;
        String fee = "";
        String contribution = "";
        boolean paid;
        final Map<String, String> errors = new LinkedHashMap<>();
        final List<LoanLine> loans = new ArrayList<>();

        Row(long memberId, String name) {
            this.memberId = memberId;
            this.name = name;
        }

        public long memberId() { return memberId; }
        public String name() { return name; }
        public String fee() { return fee; }
        public String contribution() { return contribution; }
        public boolean paid() { return paid; }
        public List<LoanLine> loans() { return loans; }
        public String error(String field) { return errors.get(field); }
        public boolean hasError() { return !errors.isEmpty() || loans.stream().anyMatch(l -> l.error != null); }
    }

    final long clubId;
    final String clubName;
    final LocalDate date;
    final List<Row> rows;
    /** One idempotency key for the fees and contributions (the API's meeting batch), made when the sheet is first shown. */
    String meetingKey = newKey();
    /** Cash in the box before the meeting: both funds' cash in the books at its date. */
    BigDecimal openingCash = BigDecimal.ZERO;
    String dateError;
    String error;
    boolean meetingSaved;

    MeetingSheet(long clubId, String clubName, LocalDate date, List<Row> rows) {
        this.clubId = clubId;
        this.clubName = clubName;
        this.date = date;
        this.rows = rows;
    }

    public long clubId() { return clubId; }
    public String clubName() { return clubName; }
    public LocalDate date() { return date; }
    public List<Row> rows() { return rows; }
    public String meetingKey() { return meetingKey; }
    public BigDecimal openingCash() { return openingCash; }
    public String dateError() { return dateError; }
    public String error() { return error; }
    public boolean meetingSaved() { return meetingSaved; }

    public boolean hasErrors() {
        return dateError != null || error != null || rows.stream().anyMatch(Row::hasError);
    }

    static String newKey() {
        return "web-" + UUID.randomUUID();
    }
}
