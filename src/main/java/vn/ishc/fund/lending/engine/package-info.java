/**
 * The pure loan engine: schedules ({@link vn.ishc.fund.lending.engine.ScheduleCalculator}) and the replay of a
 * loan's events into its state ({@link vn.ishc.fund.lending.engine.LoanEngine}).
 *
 * <p>No framework, no database, no clock: dates come in as arguments. Money and rates are {@link java.math.BigDecimal}
 * only, in whole currency units (VND has no decimals), rounded HALF_UP to the loan's rounding unit (1 or 1,000).
 * Business-rule refusals are {@link vn.ishc.fund.lending.engine.LoanRuleException}s with a stable rule code;
 * malformed input is an {@link java.lang.IllegalArgumentException}.
 */
package vn.ishc.fund.lending.engine;
