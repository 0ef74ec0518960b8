package vn.ishc.fund.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right shape that breaks one of our reading rules (a control character in a
 * text, a date with a time). Jackson adds the JSON path as the exception travels up, so the problem
 * names the field ({@code lines[2].description}) and {@link #rule()}.
 */
public class JsonRuleException extends MismatchedInputException {

    private final String rule;
    private final transient Object[] args;

    public JsonRuleException(JsonParser parser, Class<?> target, String rule, Object... args) {
        super(parser, "value breaks the rule '" + rule + "'", target);
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
