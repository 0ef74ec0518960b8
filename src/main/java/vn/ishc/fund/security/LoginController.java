package vn.ishc.fund.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Tag(name = "Login")
@Controller("/api/v1/login")
@Secured(SecurityRule.IS_ANONYMOUS)
public class LoginController {

    private final SignIn signIn;
    private final ClientAddress clientAddress;

    public LoginController(SignIn signIn, ClientAddress clientAddress) {
        this.signIn = signIn;
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
        SignIn.Session session = signIn.signIn(body.username(), body.password(), clientAddress.of(request));
        AccessRefreshToken token = session.token();
        return new LoginResponse(token.getAccessToken(), "Bearer", token.getExpiresIn(), session.username(), session.role());
    }
}
