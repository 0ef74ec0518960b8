package vn.ishc.fund.lending.engine;

import java.util.Arrays;

/**
 * A business rule refused an event. {@code rule} is a stable code the API maps to a translated message;
 * {@code args} are its parameters. Codes:
 * <ul>
 * <li>{@code overpayment} [payoff amount]: a repayment larger than the payoff amount on its date;</li>
 * <li>{@code repayment-before-disbursement}, {@code deferral-before-disbursement},
 * {@code reschedule-before-disbursement} [disbursement date];</li>
 * <li>{@code loan-paid} []: a repayment, deferral or reschedule of a fully paid loan.</li>
 * </ul>
 */
public class LoanRuleException extends RuntimeException {

    private final String rule;
    private final transient Object[] args;

    public LoanRuleException(String rule, Object... args) {
        super(rule + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.rule = rule;
        this.args = args.clone();
    }

    public String rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }
}
