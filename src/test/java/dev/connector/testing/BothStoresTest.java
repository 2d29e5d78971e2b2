package dev.connector.testing;

import dev.connector.app.Config;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of tests that run once against SQLite and once against PostgreSQL: each run gets its own real server
 * with the demo data in {@link #server}, shared by the tests of that run.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BothStoresTest {

    @Parameter
    protected StoreKind store;

    protected RunningConnector server;

    @BeforeParameterizedClassInvocation
    void startServer() {
        server = RunningConnector.start(store, this::configure);
    }

    @AfterParameterizedClassInvocation
    void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Override to change the test defaults (rate limit, production mode, ...). */
    protected Config configure(Config defaults) {
        return defaults;
    }

    protected ApiClient client() {
        return server.client();
    }
}
