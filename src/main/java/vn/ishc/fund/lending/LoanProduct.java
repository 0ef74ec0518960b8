package vn.ishc.fund.lending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ishc.fund.lending.engine.InterestMethod;
import vn.ishc.fund.lending.engine.PenaltyKind;
import vn.ishc.fund.lending.engine.RepaymentFrequency;

import java.math.BigDecimal;
import java.time.Instant;

/** A club's loan product: the terms its loans are made on. */
@MappedEntity("loan_product")
public record LoanProduct(
        @Id @GeneratedValue @Nullable Long id,
        long clubId,
        String name,
        LoanKind kind,
        InterestMethod interestMethod,
        BigDecimal monthlyRate,
        int termMonths,
        RepaymentFrequency frequency,
        int graceMonths,
        BigDecimal roundingUnit,
        PenaltyKind penaltyKind,
        @Nullable BigDecimal penaltyAmount,
        @Nullable BigDecimal penaltyRate,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        int maxOpenLoans,
        boolean active,
        @DateCreated @Nullable Instant createdAt) {

    public LoanProduct withLimits(BigDecimal min, BigDecimal max, int maxOpen, boolean isActive) {
        return new LoanProduct(id, clubId, name, kind, interestMethod, monthlyRate, termMonths, frequency, graceMonths,
                roundingUnit, penaltyKind, penaltyAmount, penaltyRate, min, max, maxOpen, isActive, createdAt);
    }
}
