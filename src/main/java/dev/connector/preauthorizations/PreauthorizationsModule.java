package dev.connector.preauthorizations;

import dev.connector.api.Caller;
import dev.connector.api.Require;
import dev.connector.events.Transactions;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.util.List;
import java.util.UUID;

/**
 * Preauthorizations: amounts held on guests' cards. They are read with {@code preauthorizations/getAllByCustomers};
 * a completed Preauthorization payment request adds one.
 */
public final class PreauthorizationsModule implements FeatureModule {

    private final Transactions transactions;
    private final PreauthorizationStore store;

    public PreauthorizationsModule(Platform platform) {
        this.transactions = platform.transactions();
        this.store = new PreauthorizationStore(platform.documents());
    }

    public record Request(List<UUID> customerIds) {
        public Request {
            Require.notEmpty(customerIds, "CustomerIds");
            Require.atMost(customerIds, 1000, "CustomerIds");
        }
    }

    public record Result(List<Preauthorization> preauthorizations) {
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("preauthorizations/getAllByCustomers", Request.class, this::getAllByCustomers)
                .demoSeed(new PreauthorizationsDemoSeed(store));
    }

    Result getAllByCustomers(Request request, Caller caller) {
        return new Result(transactions.read(handle -> store.ofCustomers(handle, caller.enterpriseIds(),
                request.customerIds())));
    }

    public PreauthorizationStore store() {
        return store;
    }
}
