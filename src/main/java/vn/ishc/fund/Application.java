package vn.ishc.fund;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "ishc-fund", version = "v1",
                description = "Fund accounting and revolving loans for Intergenerational Self-Help Clubs. "
                        + "Log in with POST /api/v1/login, then send the access_token as a Bearer token. "
                        + "Errors are application/problem+json in Vietnamese (default) or English (Accept-Language: en)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static void main(String[] args) {
        Micronaut.build(args).banner(false).start();
    }
}
