package vn.ishc.fund.report;

/**
 * A line of a financial statement (balance sheet, income and expenditure): its key (its text is
 * {@code <prefix>.<key>} in {@code statements_*.properties}), its code (mã số) or null, how it prints, and how far
 * its name is indented (0 for headings, sections and totals, 1 for lines, 2 for their breakdown, 3 below that).
 */
record FinancialLine(String key, String code, Kind kind, int depth) {

    enum Kind {
        /** A heading over the lines below it, without figures ("TÀI SẢN"). */
        HEADING,
        /** A group's sum, in bold, figures always printed. */
        SECTION,
        /** A line of the form; zero prints blank. */
        ITEM,
        /** A breakdown of the line above, in italics; zero prints blank. */
        DETAIL,
        /** A statement's total, in bold, figures always printed. */
        TOTAL;

        boolean bold() {
            return this == HEADING || this == SECTION || this == TOTAL;
        }

        /** Whether a zero is printed (0) rather than left blank. */
        boolean always() {
            return this == SECTION || this == TOTAL;
        }
    }

    static FinancialLine heading(String key) {
        return new FinancialLine(key, null, Kind.HEADING, 0);
    }

    static FinancialLine section(String key, String code) {
        return new FinancialLine(key, code, Kind.SECTION, 0);
    }

    static FinancialLine item(String key, String code) {
        return new FinancialLine(key, code, Kind.ITEM, 1);
    }

    static FinancialLine detail(String key, String code) {
        return new FinancialLine(key, code, Kind.DETAIL, 2);
    }

    static FinancialLine total(String key, String code) {
        return new FinancialLine(key, code, Kind.TOTAL, 0);
    }

    /** The same line one step further in (a breakdown of a breakdown). */
    FinancialLine deeper() {
        return new FinancialLine(key, code, kind, depth + 1);
    }
}
