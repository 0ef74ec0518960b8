package vn.ishc.fund.web;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.fund.FundDtos;
import vn.ishc.fund.fund.FundOperations;
import vn.ishc.fund.lending.LendingDtos;
import vn.ishc.fund.lending.LoanService;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves a filled meeting sheet through the services the API uses: the fees and contributions of every
 * member ticked as paid as one meeting batch ({@code POST /clubs/{id}/operations/meeting}, both funds
 * together or not at all), then each ticked repayment ({@code POST /loans/{id}/repayments}). Each carries
 * the idempotency key the page was given when it was first shown, so a double tap, a second submit or a
 * reload of the answer posts nothing twice. The services' own rules decide, and their messages, in the
 * user's language, are put next to the fields they name; amounts that are not amounts stop everything
 * before anything is posted.
 */
@Singleton
public class MeetingSave {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?");

    private final FundOperations operations;
    private final LoanService loans;
    private final Validator validator;

    MeetingSave(FundOperations operations, LoanService loans, Validator validator) {
        this.operations = operations;
        this.loans = loans;
        this.validator = validator;
    }

    /** What was saved: the total collected, or nothing when nobody was ticked. */
    public record Saved(BigDecimal total, boolean anything) {
    }

    /** Saves the sheet, or leaves its errors on it (then {@link MeetingSheet#hasErrors()}). */
    public Saved save(Caller caller, MeetingSheet sheet, Locale locale) {
        WebTexts t = new WebTexts(locale);
        List<MeetingSheet.Row> paidRows = new ArrayList<>();
        List<FundDtos.MeetingLine> lines = new ArrayList<>();
        List<MeetingSheet.LoanLine> repayments = new ArrayList<>();
        List<LendingDtos.Repay> repays = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (MeetingSheet.Row row : sheet.rows) {
            if (row.paid) {
                BigDecimal fee = amount(row.fee, t, m -> row.errors.put("fee", m));
                BigDecimal contribution = amount(row.contribution, t, m -> row.errors.put("contribution", m));
                paidRows.add(row);
                lines.add(new FundDtos.MeetingLine(row.memberId, fee, contribution));
                total = total.add(orZero(fee)).add(orZero(contribution));
            }
            for (MeetingSheet.LoanLine loan : row.loans) {
                if (loan.paid) {
                    BigDecimal amount = amount(loan.amount, t, m -> loan.error = m);
                    repayments.add(loan);
                    repays.add(new LendingDtos.Repay(sheet.date, amount, LendingDtos.PayMethod.CASH));
                    total = total.add(orZero(amount));
                }
            }
        }
        FundDtos.Meeting meeting = lines.isEmpty() ? null : new FundDtos.Meeting(sheet.date, null, lines);
        if (meeting != null) {
            FormErrors.violations(validator.validate(meeting), locale, (field, message) -> place(sheet, paidRows, field, message));
        }
        for (int i = 0; i < repays.size(); i++) {
            MeetingSheet.LoanLine loan = repayments.get(i);
            FormErrors.violations(validator.validate(repays.get(i)), locale, (field, message) -> loan.error = message);
        }
        if (sheet.hasErrors()) {
            return new Saved(total, false);
        }
        if (meeting != null) {
            try {
                operations.meeting(caller, sheet.clubId, sheet.meetingKey, meeting, locale);
                sheet.meetingSaved = true;
            } catch (ApiException e) {
                FormErrors.rethrowIfNotAllowed(e);
                FormErrors.refused(e, locale, (field, message) -> place(sheet, paidRows, field, message));
                return new Saved(total, false);
            }
        }
        for (int i = 0; i < repays.size(); i++) {
            MeetingSheet.LoanLine loan = repayments.get(i);
            try {
                loans.repay(caller, loan.loanId, loan.key, repays.get(i));
                loan.saved = true;
            } catch (ApiException e) {
                FormErrors.rethrowIfNotAllowed(e);
                FormErrors.refused(e, locale, (field, message) -> loan.error = message);
            }
        }
        return new Saved(total, meeting != null || !repays.isEmpty());
    }

    private static BigDecimal amount(String text, WebTexts t, java.util.function.Consumer<String> error) {
        try {
            return AmountParser.parse(text);
        } catch (AmountParser.NotAnAmount e) {
            error.accept(t.get(e.rule()));
            return null;
        }
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** A meeting field the service named ({@code lines[2].fee}, {@code date}) goes to its row and column. */
    private static void place(MeetingSheet sheet, List<MeetingSheet.Row> paidRows, String field, String message) {
        Matcher m = field == null ? null : LINE.matcher(field);
        if (m != null && m.matches() && Integer.parseInt(m.group(1)) < paidRows.size()) {
            MeetingSheet.Row row = paidRows.get(Integer.parseInt(m.group(1)));
            String column = "contribution".equals(m.group(2)) ? "contribution" : "fee";
            row.errors.merge(column, message, (a, b) -> a + " " + b);
        } else if ("date".equals(field)) {
            sheet.dateError = message;
        } else {
            sheet.error = sheet.error == null ? message : sheet.error + " " + message;
        }
    }

    /** Reads the posted form into the sheet: who is ticked, the amounts typed, the keys the page was given. */
    static void fill(MeetingSheet sheet, Map<String, String> form) {
        String key = form.get("key_meeting");
        if (key != null && key.matches("[A-Za-z0-9._:\\-]{8,100}")) {
            sheet.meetingKey = key;
        }
        for (MeetingSheet.Row row : sheet.rows) {
            row.paid = form.containsKey("paid_" + row.memberId);
            row.fee = form.getOrDefault("fee_" + row.memberId, "").strip();
            row.contribution = form.getOrDefault("contribution_" + row.memberId, "").strip();
            for (MeetingSheet.LoanLine loan : row.loans) {
                loan.paid = form.containsKey("repay_" + loan.loanId);
                loan.amount = form.getOrDefault("amount_" + loan.loanId, "").strip();
                String k = form.get("key_" + loan.loanId);
                if (k != null && k.matches("[A-Za-z0-9._:\\-]{8,100}")) {
                    loan.key = k;
                }
            }
        }
    }
}
