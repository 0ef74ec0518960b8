package vn.ishc.fund.lending;

/** Lent as money, or as goods (a piglet, a calf, seedlings) valued in VND. */
public enum LoanKind {
    CASH, IN_KIND
}
