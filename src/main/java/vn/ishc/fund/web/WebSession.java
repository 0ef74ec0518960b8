package vn.ishc.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Callers;

import java.util.Optional;

/**
 * The signed-in user of a page, as the API resolves a caller (fresh from the database: a deactivated
 * user or changed role counts at once); empty when there is no valid session, and the page sends the
 * browser to sign in.
 */
@Singleton
class WebSession {

    private final Callers callers;

    WebSession(Callers callers) {
        this.callers = callers;
    }

    Optional<Caller> caller(@Nullable Authentication auth) {
        if (auth == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(callers.of(auth));
        } catch (ApiException unauthorized) {
            return Optional.empty();
        }
    }
}
