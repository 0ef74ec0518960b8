package vn.ishc.fund.lending;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.lending.LendingDtos.CreateProduct;
import vn.ishc.fund.lending.LendingDtos.ProductView;
import vn.ishc.fund.lending.LendingDtos.UpdateProduct;
import vn.ishc.fund.lending.engine.EarlyPayoffInterest;
import vn.ishc.fund.lending.engine.InterestMethod;
import vn.ishc.fund.lending.engine.PenaltyKind;
import vn.ishc.fund.lending.engine.RepaymentFrequency;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A club's loan products. Terms are fixed once created; limits and availability may change. */
@Singleton
public class ProductService {

    private static final Role[] MANAGERS = {Role.ADMIN, Role.CHAIR};

    private final ClubAccess clubs;
    private final LoanProductRepository products;
    private final Tx tx;
    private final BusinessDates dates;

    public ProductService(ClubAccess clubs, LoanProductRepository products, Tx tx, BusinessDates dates) {
        this.clubs = clubs;
        this.products = products;
        this.tx = tx;
        this.dates = dates;
    }

    @ReadOnly
    public List<ProductView> list(Caller caller, long clubId) {
        clubs.visible(caller, clubId);
        return products.findByClubIdOrderById(clubId).stream().map(ProductService::view).toList();
    }

    public ProductView create(Caller caller, long clubId, CreateProduct req) {
        return tx.write(() -> {
            Club club = clubs.open(caller, clubId, MANAGERS);
            String name = Texts.clean(req.name());
            // by default from today; a product the club already lent on in its paper books may be dated back
            LocalDate offeredFrom = req.offeredFrom() == null ? dates.today() : dates.notFuture("offeredFrom", req.offeredFrom());
            if (offeredFrom.isBefore(club.foundedOn())) {
                throw ApiException.rule("offeredFrom", "before-founding", club.foundedOn());
            }
            if (products.existsByClubIdAndName(clubId, name)) {
                throw ApiException.conflict("name", "duplicate");
            }
            int grace = req.graceMonths() == null ? 0 : req.graceMonths();
            RepaymentFrequency frequency = req.frequency() == null ? RepaymentFrequency.MONTHLY : req.frequency();
            if (grace >= req.termMonths()) {
                throw ApiException.invalid("graceMonths", "grace-within-term");
            }
            BigDecimal unit = req.roundingUnit() == null ? BigDecimal.valueOf(1000) : req.roundingUnit();
            if (unit.compareTo(BigDecimal.ONE) != 0 && unit.compareTo(BigDecimal.valueOf(1000)) != 0) {
                throw ApiException.invalid("roundingUnit", "rounding-unit");
            }
            checkRate(req.monthlyRate(), "monthlyRate");
            PenaltyKind penalty = req.penaltyKind() == null ? PenaltyKind.NONE : req.penaltyKind();
            BigDecimal penaltyAmount = null;
            BigDecimal penaltyRate = null;
            switch (penalty) {
                case FIXED_PER_INSTALMENT -> penaltyAmount = vnd(req.penaltyAmount(), "penaltyAmount");
                case MONTHLY_RATE_ON_OVERDUE_PRINCIPAL -> {
                    if (req.penaltyRate() == null || req.penaltyRate().signum() <= 0) {
                        throw ApiException.invalid("penaltyRate", "positive");
                    }
                    checkRate(req.penaltyRate(), "penaltyRate");
                    penaltyRate = req.penaltyRate();
                }
                default -> { }
            }
            BigDecimal min = vnd(req.minAmount(), "minAmount");
            BigDecimal max = vnd(req.maxAmount(), "maxAmount");
            if (max.compareTo(min) < 0) {
                throw ApiException.invalid("maxAmount", "max-below-min");
            }
            BigDecimal rate = req.interestMethod() == InterestMethod.NO_INTEREST ? BigDecimal.ZERO : req.monthlyRate();
            LoanProduct saved = products.save(new LoanProduct(null, clubId, name, req.kind(), req.interestMethod(), rate,
                    req.termMonths(), frequency, frequency == RepaymentFrequency.AT_MATURITY ? 0 : grace, unit, penalty,
                    penaltyAmount, penaltyRate, min, max, req.maxOpenLoans() == null ? 1 : req.maxOpenLoans(), true,
                    offeredFrom, req.earlyPayoffInterest() == null ? EarlyPayoffInterest.ELAPSED_MONTHS
                    : req.earlyPayoffInterest(), null));
            return view(saved);
        });
    }

    public ProductView update(Caller caller, long productId, UpdateProduct req) {
        return tx.write(() -> {
            LoanProduct p = products.findById(productId).orElseThrow(() -> ApiException.notFound("loan-product"));
            if (!clubs.canSee(caller, p.clubId())) {
                throw ApiException.notFound("loan-product");
            }
            clubs.open(caller, p.clubId(), MANAGERS);
            BigDecimal min = req.minAmount() == null ? p.minAmount() : vnd(req.minAmount(), "minAmount");
            BigDecimal max = req.maxAmount() == null ? p.maxAmount() : vnd(req.maxAmount(), "maxAmount");
            if (max.compareTo(min) < 0) {
                throw ApiException.invalid("maxAmount", "max-below-min");
            }
            return view(products.update(p.withLimits(min, max,
                    req.maxOpenLoans() == null ? p.maxOpenLoans() : req.maxOpenLoans(),
                    req.active() == null ? p.active() : req.active())));
        });
    }

    /** Rates are decimals per month with at most 10 decimal places. */
    private static void checkRate(BigDecimal rate, String field) {
        if (rate.stripTrailingZeros().scale() > 10) {
            throw ApiException.invalid(field, "digits", 10);
        }
    }

    private static BigDecimal vnd(BigDecimal amount, String field) {
        return Amounts.decimal(Amounts.positive(amount, Amounts.VND, field));
    }

    static ProductView view(LoanProduct p) {
        return new ProductView(p.id(), p.clubId(), p.name(), p.kind(), p.interestMethod(),
                p.monthlyRate().stripTrailingZeros(), p.termMonths(), p.frequency(), p.graceMonths(), p.roundingUnit(),
                p.penaltyKind(), LoanReader.vnd(p.penaltyAmount()),
                p.penaltyRate() == null ? null : p.penaltyRate().stripTrailingZeros(), LoanReader.vnd(p.minAmount()),
                LoanReader.vnd(p.maxAmount()), p.maxOpenLoans(), p.active(), p.earlyPayoffInterest(), p.offeredFrom());
    }
}
