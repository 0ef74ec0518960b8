package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money the member paid on {@code date}; the engine allocates it (see {@link LoanEngine}). */
public record Repayment(long id, LocalDate date, BigDecimal amount) implements LoanEvent {
}
