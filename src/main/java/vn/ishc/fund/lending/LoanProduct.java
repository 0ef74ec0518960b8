package vn.ishc.fund.lending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ishc.fund.lending.engine.EarlyPayoffInterest;
import vn.ishc.fund.lending.engine.InterestMethod;
import vn.ishc.fund.lending.engine.PenaltyKind;
import vn.ishc.fund.lending.engine.RepaymentFrequency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A club's loan product: the terms its loans are made on, for loans applied for from {@code offeredFrom}
 * (the day it was created, or earlier for a product a club already lent on in its paper books).
 */
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
        LocalDate offeredFrom,
        EarlyPayoffInterest earlyPayoffInterest,
        @DateCreated @Nullable Instant createdAt) {

    public LoanProduct withLimits(BigDecimal min, BigDecimal max, int maxOpen, boolean isActive) {
        return new LoanProduct(id, clubId, name, kind, interestMethod, monthlyRate, termMonths, frequency, graceMonths,
                roundingUnit, penaltyKind, penaltyAmount, penaltyRate, min, max, maxOpen, isActive, offeredFrom,
                earlyPayoffInterest, createdAt);
    }
}
