package vn.ishc.fund;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
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

    /**
     * Starts the service. On SIGTERM the whole context closes (graceful shutdown: requests in flight
     * finish, then the beans close and the embedded database stops). Micronaut's own start would
     * register a hook that first stops the HTTP server, cutting the connections of those requests.
     */
    public static void main(String[] args) {
        ApplicationContext context = Micronaut.build(args).banner(false).mainClass(Application.class).build();
        try {
            context.start();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "graceful-shutdown"));
            context.findBean(EmbeddedApplication.class).ifPresent(EmbeddedApplication::start);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Application.class).error("The service could not start: {}", e.getMessage(), e);
            context.close();
            System.exit(1);
        }
    }
}
