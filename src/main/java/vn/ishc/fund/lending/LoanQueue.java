package vn.ishc.fund.lending;

import vn.ishc.fund.club.PovertyStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The revolving queue: members wait in the order the club chooses — by application date, or poor
 * members first, then near-poor, then disadvantaged, each by date — and are funded in that order
 * while the money the club can lend now lasts. Pure.
 */
public final class LoanQueue {

    public enum Order { DATE, PRIORITY }

    public record Application(long loanId, long memberId, String memberName, PovertyStatus poverty, BigDecimal amount,
                              LocalDate appliedOn, LoanStatus status) {
    }

    /** A place in the queue; {@code fundableNow} while the cumulative amount fits what can be lent now. */
    public record Place(int position, Application application, BigDecimal cumulative, boolean fundableNow) {
    }

    private LoanQueue() {
    }

    public static List<Place> order(List<Application> applications, Order order, BigDecimal lendable) {
        Comparator<Application> byDate = Comparator.comparing(Application::appliedOn).thenComparing(Application::loanId);
        Comparator<Application> comparator = order == Order.PRIORITY
                ? Comparator.comparing((Application a) -> a.poverty().ordinal()).thenComparing(byDate)
                : byDate;
        List<Application> sorted = applications.stream().sorted(comparator).toList();
        List<Place> out = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        boolean funding = true;
        for (int i = 0; i < sorted.size(); i++) {
            Application a = sorted.get(i);
            cumulative = cumulative.add(a.amount());
            // funding stops at the first member the money does not reach: nobody jumps the queue
            funding = funding && cumulative.compareTo(lendable) <= 0;
            out.add(new Place(i + 1, a, cumulative, funding));
        }
        return out;
    }
}
