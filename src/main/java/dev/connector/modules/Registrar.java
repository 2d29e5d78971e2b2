package dev.connector.modules;

import dev.connector.api.Operation;
import dev.connector.api.Operations;
import dev.connector.clock.TimeDrivenEffect;
import dev.connector.demo.DemoSeed;
import dev.connector.http.HttpRoutes;
import dev.connector.http.OperationListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects what the modules add to the server, in the order they register: API operations (the registry the
 * README's table and {@code GET /admin/v1/operations} are made from), other HTTP routes, demo seeds (run in
 * this order, so a seed may use what an earlier module seeded), background workers (closed in reverse order)
 * and tasks to run once everything is installed.
 */
public final class Registrar {

    private final Operations operations = new Operations();
    private final List<HttpRoutes> routes = new ArrayList<>();
    private final List<DemoSeed> demoSeeds = new ArrayList<>();
    private final List<AutoCloseable> workers = new ArrayList<>();
    private final List<Runnable> startTasks = new ArrayList<>();
    private final List<OperationListener> operationListeners = new ArrayList<>();
    private final List<TimeDrivenEffect> timeDrivenEffects = new ArrayList<>();
    private String installing = "app";

    /** Registers {@code module}'s parts and returns it, so that later modules can be built from it. */
    public <M extends FeatureModule> M install(M module) {
        String packageName = module.getClass().getPackageName();
        installing = packageName.substring(packageName.lastIndexOf('.') + 1);
        module.register(this);
        return module;
    }

    /** An operation in general availability at {@code path}, e.g. {@code customers/getAll}. */
    public <Q> Registrar operation(String path, Class<Q> requestType, Operation<Q> operation) {
        operations.add(path, Operations.Stage.GENERAL, installing, requestType, operation);
        return this;
    }

    /** An operation the reference marks deprecated: still served, listed as deprecated. */
    public <Q> Registrar deprecatedOperation(String path, Class<Q> requestType, Operation<Q> operation) {
        operations.add(path, Operations.Stage.DEPRECATED, installing, requestType, operation);
        return this;
    }

    /** An operation the reference marks restricted (beta or a custom partner workflow): served, listed as such. */
    public <Q> Registrar restrictedOperation(String path, Class<Q> requestType, Operation<Q> operation) {
        operations.add(path, Operations.Stage.RESTRICTED, installing, requestType, operation);
        return this;
    }

    public Registrar routes(HttpRoutes featureRoutes) {
        routes.add(featureRoutes);
        return this;
    }

    public Registrar demoSeed(DemoSeed seed) {
        demoSeeds.add(seed);
        return this;
    }

    /** A background worker or resource, closed when the server stops (the last registered first). */
    public Registrar worker(AutoCloseable worker) {
        workers.add(worker);
        return this;
    }

    /** Work to do once every module is installed and before the server listens (e.g. seeding the demo data). */
    public Registrar onStart(Runnable task) {
        startTasks.add(task);
        return this;
    }

    /** Something to run around every API operation (fault rules, the live feed), in registration order. */
    public Registrar operationListener(OperationListener listener) {
        operationListeners.add(listener);
        return this;
    }

    /** Something that happens by itself at an enterprise's time (expiry, a processor's answer), run by the clock. */
    public Registrar timeDrivenEffect(TimeDrivenEffect effect) {
        timeDrivenEffects.add(effect);
        return this;
    }

    public List<TimeDrivenEffect> timeDrivenEffects() {
        return Collections.unmodifiableList(timeDrivenEffects);
    }

    public List<OperationListener> operationListeners() {
        return Collections.unmodifiableList(operationListeners);
    }

    public Operations operations() {
        return operations;
    }

    public List<HttpRoutes> routes() {
        return Collections.unmodifiableList(routes);
    }

    /** The demo seeds registered so far, in order; a live view, so a reset made later sees every module's seed. */
    public List<DemoSeed> demoSeeds() {
        return Collections.unmodifiableList(demoSeeds);
    }

    public List<AutoCloseable> workers() {
        return Collections.unmodifiableList(workers);
    }

    public List<Runnable> startTasks() {
        return Collections.unmodifiableList(startTasks);
    }
}
