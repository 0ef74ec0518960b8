package vn.ishc.fund.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ishc.fund.common.error.ApiException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

@Tag(name = "Login")
@Controller("/api/v1/login")
@Secured(SecurityRule.IS_ANONYMOUS)
public class LoginController {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccessRefreshTokenGenerator tokens;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;

    public LoginController(UserRepository users, PasswordHasher hasher, AccessRefreshTokenGenerator tokens,
                           LoginThrottle throttle, ClientAddress clientAddress) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Introspected
    public record LoginRequest(@NotBlank @Size(max = 60) String username,
                               @NotBlank @Size(max = 200) String password) {
    }

    @Introspected
    public record LoginResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("token_type") String tokenType,
                                @JsonProperty("expires_in") Integer expiresIn,
                                String username, Role role) {
    }

    @Operation(summary = "Log in", description = "Returns a bearer JWT to send as `Authorization: Bearer <access_token>`. "
            + "Failed logins are counted per username and client address (by default): after 5 for a username from one "
            + "address, that username is refused from that address for 15 minutes; an address that failed on 10 usernames "
            + "is refused for all; a username that failed from 5 addresses is refused from all (429 with Retry-After).")
    @SecurityRequirements
    @Post
    public LoginResponse login(@Valid @Body LoginRequest body, HttpRequest<?> request) {
        String username = body.username().trim().toLowerCase(Locale.ROOT);
        String address = clientAddress.of(request);
        // counted as a failure from here on, unless it succeeds
        throttle.attempt(username, address);
        AppUser user = users.findByUsername(username).orElse(null);
        boolean ok = hasher.matches(body.password(), user == null ? null : user.passwordHash());
        if (!ok || !user.active()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "login-failed", List.of());
        }
        throttle.succeeded(username, address);
        Authentication auth = Authentication.build(user.username(), List.of(user.role().name()),
                Map.of(Callers.USER_ID, user.id()));
        AccessRefreshToken token = tokens.generate(auth).orElseThrow();
        return new LoginResponse(token.getAccessToken(), "Bearer", token.getExpiresIn(), user.username(), user.role());
    }
}
