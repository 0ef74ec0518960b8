package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a repayment schedule: what falls due on {@code dueDate}. Amounts are whole currency units. */
public record Instalment(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest) {

    /** {@code principal + interest}. */
    public BigDecimal total() {
        return principal.add(interest);
    }
}
