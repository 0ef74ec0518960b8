package vn.ishc.fund.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the demo province at start-up when {@code ISHC_DEMO=true}. */
@Singleton
@Requires(property = "ishc.demo.enabled", value = "true")
public class DemoLoader implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoData demo;
    private final String password;

    public DemoLoader(DemoData demo, @Value("${ishc.demo.password:}") String password) {
        this.demo = demo;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        long start = System.nanoTime();
        DemoData.Result result = demo.load(password);
        if (result.loaded()) {
            LOG.info("Demo data loaded in {} ms: {} clubs, {} members", (System.nanoTime() - start) / 1_000_000,
                    result.clubs(), result.members());
        } else {
            LOG.info("Demo data already present; nothing loaded");
        }
    }
}
