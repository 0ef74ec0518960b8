package vn.ishc.fund.money;

import org.javamoney.moneta.Money;
import vn.ishc.fund.common.error.ApiException;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money rules at the edges of the service: amounts arrive as exact decimals (never through binary
 * floating point), must be positive and may not carry more decimals than the currency has (VND: none).
 */
public final class Amounts {

    public static final CurrencyUnit VND = Monetary.getCurrency("VND");

    private Amounts() {
    }

    public static CurrencyUnit currency(String code) {
        return Monetary.getCurrency(code);
    }

    /** A client amount that must be greater than zero and fit the currency; otherwise a 400 naming the field. */
    public static Money positive(BigDecimal value, CurrencyUnit currency, String field) {
        if (value == null) {
            throw ApiException.invalid(field, "required");
        }
        if (value.signum() <= 0) {
            throw ApiException.invalid(field, "positive");
        }
        return exact(value, currency, field);
    }

    /** A client amount that may be zero but not negative. */
    public static Money nonNegative(BigDecimal value, CurrencyUnit currency, String field) {
        if (value == null) {
            throw ApiException.invalid(field, "required");
        }
        if (value.signum() < 0) {
            throw ApiException.invalid(field, "not-negative");
        }
        return exact(value, currency, field);
    }

    private static Money exact(BigDecimal value, CurrencyUnit currency, String field) {
        int digits = currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw ApiException.invalid(field, "currency-fraction", currency.getCurrencyCode(), digits);
        }
        if (value.precision() - value.scale() > 15) {
            throw ApiException.invalid(field, "too-large");
        }
        return Money.of(value.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY), currency);
    }

    /** The decimal to store or print: exactly the currency's number of decimals. */
    public static BigDecimal decimal(Money money) {
        return money.getNumberStripped().setScale(money.getCurrency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    /** A stored decimal (DECIMAL(19,2)) shown with the currency's decimals. */
    public static BigDecimal normalize(BigDecimal value, CurrencyUnit currency) {
        return value == null ? null : value.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    public static Money zero(CurrencyUnit currency) {
        return Money.zero(currency);
    }
}
