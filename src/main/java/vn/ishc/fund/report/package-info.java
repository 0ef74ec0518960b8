/**
 * Printed statements, a read model above the ledger, lending and the registers (architecture.md).
 *
 * <p>A statement is: a pure table builder (e.g. {@link vn.ishc.fund.report.TrialBalanceStatement}, unit-testable:
 * from the chart and balances to lines), rows as maps (JasperReports reads maps or JavaBeans, not records), a
 * template {@code reports/<name>.jrxml} (JasperReports 7 format) that puts the common head and foot in its title
 * and summary through the {@code LETTERHEAD} and {@code SIGNATURES} subreports and reads its texts with
 * {@code $R{...}} from {@code statements_*.properties}, and a method of {@link vn.ishc.fund.report.Statements}
 * that checks the scope and the period, builds the table, and renders PDF or XLSX through
 * {@link vn.ishc.fund.report.JasperRenderer} or CSV through {@link vn.ishc.fund.report.CsvTable}. Amounts are
 * BigDecimal with pattern {@code #,##0} (the report locale writes 12.500.000 or 12,500,000) and the XLSX pattern
 * property, so spreadsheet cells are numbers. {@link vn.ishc.fund.report.Letterheads} gives the common
 * parameters, the chain head of every printed ledger among them with its QR verification link.
 */
package vn.ishc.fund.report;
