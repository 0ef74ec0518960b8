package vn.ishc.fund.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ishc.fund.security.PasswordHasher;
import vn.ishc.fund.security.Role;

import java.util.List;

/**
 * On first start, creates the ADMIN {@code admin}: password from {@code ISHC_ADMIN_PASSWORD}, or a
 * random one printed once in the log. There is no built-in default password.
 */
@Singleton
public class AdminBootstrap implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String configuredPassword;

    public AdminBootstrap(UserService users, @Value("${ishc.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        boolean random = configuredPassword == null || configuredPassword.isBlank();
        String password = random ? PasswordHasher.randomPassword() : configuredPassword;
        if (users.createIfAbsent("admin", password, "Administrator", Role.ADMIN, null, List.of())) {
            if (random) {
                LOG.warn("Created user 'admin' with the generated password: {}  (shown once; set ISHC_ADMIN_PASSWORD to choose it)", password);
            } else {
                LOG.info("Created user 'admin' with the password from ISHC_ADMIN_PASSWORD");
            }
        }
    }
}
