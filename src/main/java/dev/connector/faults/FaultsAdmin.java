package dev.connector.faults;

import dev.connector.admin.AdminJson;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.api.Operations;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code /admin/v1/sandbox/faults}: add ({@code POST}), list ({@code GET}) and remove ({@code DELETE /{id}}) fault
 * rules. Sandbox only: in production every endpoint is 403.
 */
final class FaultsAdmin implements HttpRoutes {

    private static final String PATH = "/admin/v1/sandbox/faults";

    /** The answer of {@code GET}: every rule, oldest first, with what is left of each. */
    record FaultRuleList(List<FaultRule> faultRules) {
    }

    private final FaultRules rules;
    private final FaultRuleStore store;
    private final Transactions transactions;
    private final Operations operations;
    private final Supplier<UUID> ids;
    private final AdminJson json;
    private final boolean sandbox;

    FaultsAdmin(FaultRules rules, FaultRuleStore store, Transactions transactions, Operations operations,
                Supplier<UUID> ids, AdminJson json, boolean sandbox) {
        this.rules = rules;
        this.store = store;
        this.transactions = transactions;
        this.operations = operations;
        this.ids = ids;
        this.json = json;
        this.sandbox = sandbox;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post(PATH, this::add);
        routes.get(PATH, this::list);
        routes.delete(PATH + "/{id}", this::remove);
    }

    private void add(Context ctx) {
        requireSandbox();
        NewFaultRule request = json.read(ctx, NewFaultRule.class);
        if (request.operation() != null && operations.find(request.operation()) == null) {
            throw new InvalidRequest("Operation " + request.operation() + " is not an API operation of this server; "
                    + "give its path after /api/connector/v1/, such as reservations/getAll/2023-06-06.");
        }
        FaultRule rule = transactions.write(tx -> {
            if (request.applicationId() != null && !store.applicationExists(tx.handle(), request.applicationId())) {
                throw new InvalidRequest("ApplicationId " + request.applicationId() + " is not an application of this server.");
            }
            if (request.enterpriseId() != null && !store.enterpriseExists(tx.handle(), request.enterpriseId())) {
                throw new InvalidRequest("EnterpriseId " + request.enterpriseId() + " is not an enterprise of this server.");
            }
            FaultRule created = FaultRule.of(ids.get(), request, tx.now());
            store.insert(tx.handle(), created);
            return created;
        });
        changed();
        json.write(ctx, 201, rule);
    }

    private void list(Context ctx) {
        requireSandbox();
        json.write(ctx, 200, new FaultRuleList(transactions.read(store::all)));
    }

    private void remove(Context ctx) {
        requireSandbox();
        UUID id = AdminJson.pathId(ctx, "id", "fault rule");
        if (!transactions.write(tx -> store.delete(tx.handle(), id))) {
            throw new NotFound("There is no fault rule " + id + ".");
        }
        changed();
        ctx.status(204);
    }

    private void changed() {
        rules.refresh();
        rules.announce();
    }

    private void requireSandbox() {
        if (!sandbox) {
            throw new Forbidden("This server runs in production mode, where faults cannot be injected.");
        }
    }
}
