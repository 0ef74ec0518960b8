package vn.ishc.fund.audit;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.audit.AuditDtos.Answer;
import vn.ishc.fund.audit.AuditDtos.FindingView;
import vn.ishc.fund.audit.AuditDtos.NewFinding;
import vn.ishc.fund.audit.AuditDtos.OpenReview;
import vn.ishc.fund.audit.AuditDtos.ReviewSummary;
import vn.ishc.fund.audit.AuditDtos.ReviewView;
import vn.ishc.fund.audit.ReviewStore.ReviewRow;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.ledger.LedgerBooks;
import vn.ishc.fund.ledger.LedgerDtos.ChainReport;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.security.AppUser;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;
import vn.ishc.fund.security.UserRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The auditor's review of a ledger. An AUDITOR (or an ADMIN) opens a review of a period of a ledger in
 * their scope and becomes its auditor: only they record findings (while the review is open), close
 * findings once answered, and sign off. The club's CHAIR (or an ADMIN) answers each finding, before or
 * after the sign-off. Signing off verifies the chain under the ledger's lock and stores the head that was
 * verified; verification then checks it ever after ({@link AuditCheckpoints}). Whoever may read the
 * ledger may read its reviews; a review of a ledger outside the caller's scope answers 404.
 */
@Singleton
public class ReviewService {

    /** Findings per review: the review (and its report) lists them all, so the list stays bounded. */
    static final int MAX_FINDINGS = 500;

    private final ReviewStore store;
    private final LedgerBooks books;
    private final ClubAccess clubs;
    private final UserRepository users;
    private final Tx tx;
    private final Clock clock;

    ReviewService(ReviewStore store, LedgerBooks books, ClubAccess clubs, UserRepository users, Tx tx, Clock clock) {
        this.store = store;
        this.books = books;
        this.clubs = clubs;
        this.users = users;
        this.tx = tx;
        this.clock = clock;
    }

    @ReadOnly
    public Page<ReviewSummary> list(Caller caller, long ledgerId, ReviewStatus status, PageQuery page) {
        visibleLedger(caller, ledgerId);
        return store.page(ledgerId, status, page);
    }

    /** A review with its findings: everything the review report shows. */
    @ReadOnly
    public ReviewView review(Caller caller, long reviewId) {
        ReviewRow review = store.review(reviewId, false).orElseThrow(() -> ApiException.notFound("review"));
        return view(review, visibleLedgerOf(caller, review));
    }

    public ReviewView open(Caller caller, long ledgerId, OpenReview req) {
        caller.requireRole(Role.ADMIN, Role.AUDITOR);
        return tx.write(() -> {
            LedgerRow ledger = visibleLedger(caller, ledgerId);
            Club club = clubs.visible(caller, ledger.clubId());
            ReviewPeriod.check(req.from(), req.to(), ledger.openedOn(), club.foundedOn(), LocalDate.now(clock));
            long id = store.insertReview(ledgerId, req.from(), req.to(), caller.userId(), nameOf(caller), now());
            return view(store.review(id, false).orElseThrow(), ledger);
        });
    }

    public FindingView addFinding(Caller caller, long reviewId, NewFinding req) {
        caller.requireRole(Role.ADMIN, Role.AUDITOR);
        return tx.write(() -> {
            ReviewRow review = reviewerOf(caller, reviewId);
            if (review.status() != ReviewStatus.OPEN) {
                throw ApiException.conflict(null, "review-signed");
            }
            Long entrySeq = null;
            if (req.entryId() != null) {
                entrySeq = books.entrySeq(review.ledgerId(), req.entryId());
                if (entrySeq == null) {
                    throw ApiException.rule("entryId", "entry-other-ledger");
                }
            }
            if (store.findingCount(reviewId) >= MAX_FINDINGS) {
                throw ApiException.conflict(null, "too-many-findings", MAX_FINDINGS);
            }
            long id = store.insertFinding(reviewId, req.entryId(), entrySeq, req.severity(), Texts.clean(req.text()),
                    now());
            return store.finding(reviewId, id).orElseThrow();
        });
    }

    /** The club's chair answers a finding once; the auditor then closes it. */
    public FindingView answer(Caller caller, long reviewId, long findingId, Answer req) {
        caller.requireRole(Role.ADMIN, Role.CHAIR);
        return tx.write(() -> {
            ReviewRow review = store.review(reviewId, true).orElseThrow(() -> ApiException.notFound("review"));
            visibleLedgerOf(caller, review);
            FindingView finding = findingOf(reviewId, findingId);
            if (finding.status() != FindingStatus.OPEN) {
                throw ApiException.conflict(null, "finding-answered");
            }
            store.answer(findingId, Texts.clean(req.text()), caller.userId(), nameOf(caller), now());
            return store.finding(reviewId, findingId).orElseThrow();
        });
    }

    public FindingView close(Caller caller, long reviewId, long findingId) {
        caller.requireRole(Role.ADMIN, Role.AUDITOR);
        return tx.write(() -> {
            reviewerOf(caller, reviewId);
            FindingView finding = findingOf(reviewId, findingId);
            if (finding.status() == FindingStatus.OPEN) {
                throw ApiException.conflict(null, "finding-not-answered");
            }
            if (finding.status() == FindingStatus.CLOSED) {
                throw ApiException.conflict(null, "finding-closed");
            }
            store.close(findingId, caller.userId(), nameOf(caller), now());
            return store.finding(reviewId, findingId).orElseThrow();
        });
    }

    /**
     * Signs off the ledger's current chain head: the chain is verified under the ledger's lock (a broken
     * chain is not signed) and the head that was verified, entry number and hash, is stored.
     */
    public ReviewView signOff(Caller caller, long reviewId) {
        caller.requireRole(Role.ADMIN, Role.AUDITOR);
        return tx.write(() -> {
            ReviewRow review = reviewerOf(caller, reviewId);
            if (review.status() != ReviewStatus.OPEN) {
                throw ApiException.conflict(null, "review-signed");
            }
            ChainReport chain = books.verifyLocked(review.ledgerId());
            if (!chain.valid()) {
                throw ApiException.conflict(null, "chain-broken", review.ledgerId());
            }
            store.sign(reviewId, now(), chain.headSeq(), chain.headHash());
            return view(store.review(reviewId, false).orElseThrow(), books.ledger(review.ledgerId()));
        });
    }

    /** The review, locked, if the caller is its auditor (403 otherwise) and still sees its ledger (404). */
    private ReviewRow reviewerOf(Caller caller, long reviewId) {
        ReviewRow review = store.review(reviewId, true).orElseThrow(() -> ApiException.notFound("review"));
        visibleLedgerOf(caller, review);
        if (review.auditorId() != caller.userId()) {
            throw ApiException.forbidden("not-the-reviewer");
        }
        return review;
    }

    private FindingView findingOf(long reviewId, long findingId) {
        return store.finding(reviewId, findingId).orElseThrow(() -> ApiException.notFound("finding"));
    }

    private LedgerRow visibleLedger(Caller caller, long ledgerId) {
        LedgerRow ledger = books.ledger(ledgerId);
        if (!clubs.canSee(caller, ledger.clubId())) {
            throw ApiException.notFound("ledger");
        }
        return ledger;
    }

    private LedgerRow visibleLedgerOf(Caller caller, ReviewRow review) {
        LedgerRow ledger = books.ledger(review.ledgerId());
        if (!clubs.canSee(caller, ledger.clubId())) {
            throw ApiException.notFound("review");
        }
        return ledger;
    }

    private ReviewView view(ReviewRow r, LedgerRow ledger) {
        ClubAccess.Label club = clubs.labels(java.util.List.of(ledger.clubId())).get(ledger.clubId());
        return new ReviewView(r.id(), r.ledgerId(), ledger.fund(), ledger.currency(), club.id(), club.code(),
                club.name(), r.from(), r.to(), r.auditorId(), r.auditorName(), r.status(), r.openedAt(),
                r.signedAt(), r.signedOn(), r.signedSeq(), r.signedHash(), store.findings(r.id()));
    }

    /** The name a report shows for the caller: their full name, or their username without one. */
    private String nameOf(Caller caller) {
        return users.findById(caller.userId()).map(AppUser::fullName).filter(n -> !n.isBlank())
                .orElse(caller.username());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
