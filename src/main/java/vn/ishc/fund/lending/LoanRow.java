package vn.ishc.fund.lending;

import vn.ishc.fund.lending.engine.EarlyPayoffInterest;
import vn.ishc.fund.lending.engine.InterestMethod;
import vn.ishc.fund.lending.engine.LoanTerms;
import vn.ishc.fund.lending.engine.PenaltyKind;
import vn.ishc.fund.lending.engine.RepaymentFrequency;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A loan as stored: its lifecycle and the terms frozen at application. */
public record LoanRow(long id, long clubId, long memberId, long productId, LoanStatus status, BigDecimal amount,
                      String purpose, LoanKind kind, String item, BigDecimal quantity, InterestMethod interestMethod,
                      BigDecimal monthlyRate, int termMonths, RepaymentFrequency frequency, int graceMonths,
                      BigDecimal roundingUnit, PenaltyKind penaltyKind, BigDecimal penaltyAmount,
                      BigDecimal penaltyRate, EarlyPayoffInterest earlyPayoffInterest, LocalDate appliedOn, LocalDate decidedOn, String decision,
                      String decisionBy, Long approverMemberId, String minutesNo, String decisionNote,
                      LocalDate disbursedOn, Disbursement disbursementMethod, Long disbursementEntryId,
                      LocalDate closedOn, LocalDate writtenOffOn, BigDecimal writtenOffAmount, Long writeOffEntryId,
                      String endReason) {

    /** The engine's terms, once the loan is disbursed. */
    public LoanTerms terms() {
        return terms(disbursedOn);
    }

    public LoanTerms terms(LocalDate disbursed) {
        return new LoanTerms(amount, monthlyRate, termMonths, graceMonths, interestMethod, frequency, roundingUnit,
                penaltyKind, penaltyAmount, penaltyRate, disbursed, earlyPayoffInterest);
    }

    static LoanRow of(ResultSet rs) throws SQLException {
        String method = rs.getString("disbursement_method");
        return new LoanRow(rs.getLong("id"), rs.getLong("club_id"), rs.getLong("member_id"), rs.getLong("product_id"),
                LoanStatus.valueOf(rs.getString("status")), rs.getBigDecimal("amount"), rs.getString("purpose"),
                LoanKind.valueOf(rs.getString("kind")), rs.getString("item"), rs.getBigDecimal("quantity"),
                InterestMethod.valueOf(rs.getString("interest_method")), rs.getBigDecimal("monthly_rate"),
                rs.getInt("term_months"), RepaymentFrequency.valueOf(rs.getString("frequency")), rs.getInt("grace_months"),
                rs.getBigDecimal("rounding_unit"), PenaltyKind.valueOf(rs.getString("penalty_kind")),
                rs.getBigDecimal("penalty_amount"), rs.getBigDecimal("penalty_rate"),
                EarlyPayoffInterest.valueOf(rs.getString("early_payoff_interest")), rs.getObject("applied_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision"), rs.getString("decision_by"), rs.getObject("approver_member_id", Long.class),
                rs.getString("minutes_no"), rs.getString("decision_note"), rs.getObject("disbursed_on", LocalDate.class),
                method == null ? null : Disbursement.valueOf(method), rs.getObject("disbursement_entry_id", Long.class),
                rs.getObject("closed_on", LocalDate.class), rs.getObject("written_off_on", LocalDate.class),
                rs.getBigDecimal("written_off_amount"), rs.getObject("write_off_entry_id", Long.class),
                rs.getString("end_reason"));
    }
}
