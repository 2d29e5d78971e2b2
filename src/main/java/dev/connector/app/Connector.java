package dev.connector.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.admin.AdminAuth;
import dev.connector.admin.AdminJson;
import dev.connector.admin.ApplicationsAdmin;
import dev.connector.admin.EnterprisesAdmin;
import dev.connector.admin.IntegrationsAdmin;
import dev.connector.admin.SandboxAdmin;
import dev.connector.admin.SandboxReset;
import dev.connector.api.ApiJson;
import dev.connector.api.Operations;
import dev.connector.availability.Availability;
import dev.connector.availability.AvailabilityOperations;
import dev.connector.availability.AvailabilityStore;
import dev.connector.availabilityblocks.AvailabilityBlockOperations;
import dev.connector.availabilityblocks.AvailabilityBlockStore;
import dev.connector.availabilityblocks.AvailabilityBlocksDemoSeed;
import dev.connector.companies.CompaniesDemoSeed;
import dev.connector.companies.CompanyOperations;
import dev.connector.companies.CompanyStore;
import dev.connector.customers.CustomerDemoSeed;
import dev.connector.customers.CustomerOperations;
import dev.connector.customers.CustomerStore;
import dev.connector.reservations.InHouse;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoSeed;
import dev.connector.departments.DepartmentOperations;
import dev.connector.departments.DepartmentStore;
import dev.connector.departments.DepartmentsDemoSeed;
import dev.connector.devices.ChainCustomers;
import dev.connector.devices.CommandOperations;
import dev.connector.devices.CommandSubjects;
import dev.connector.devices.ReservationKeys;
import dev.connector.reservations.ReservationStore;
import dev.connector.devices.DeviceOperations;
import dev.connector.devices.DeviceStore;
import dev.connector.devices.DevicesDemoSeed;
import dev.connector.enterprises.DemoEnterpriseSettings;
import dev.connector.enterprises.EnterpriseCounters;
import dev.connector.enterprises.EnterpriseOnboarding;
import dev.connector.enterprises.EnterpriseSettingsStore;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.GetAllEnterprises;
import dev.connector.enterprises.GetConfiguration;
import dev.connector.enterprises.HotelSetup;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.http.ApiServer;
import dev.connector.http.ErrorResponses;
import dev.connector.http.HttpRoutes;
import dev.connector.http.OperationRouter;
import dev.connector.http.RateLimit;
import dev.connector.http.ServerTuning;
import dev.connector.integrations.ApplicationRegistry;
import dev.connector.integrations.Authenticator;
import dev.connector.integrations.IntegrationLifecycle;
import dev.connector.integrations.IntegrationStateListener;
import dev.connector.integrations.IntegrationStore;
import dev.connector.integrations.Tokens;
import dev.connector.loyalty.LoyaltyDemoSeed;
import dev.connector.loyalty.LoyaltyProgramOperations;
import dev.connector.loyalty.LoyaltyProgramStore;
import dev.connector.messaging.MessageOperations;
import dev.connector.messaging.MessageThreadOperations;
import dev.connector.messaging.MessagingDemoSeed;
import dev.connector.messaging.MessagingStore;
import dev.connector.payments.BillOperations;
import dev.connector.payments.BillingStore;
import dev.connector.payments.Ledger;
import dev.connector.payments.OrderItemOperations;
import dev.connector.payments.PaymentOperations;
import dev.connector.rates.RatePricing;
import dev.connector.rates.RateStore;
import dev.connector.rates.RatesApi;
import dev.connector.rates.RestrictionStore;
import dev.connector.rates.RestrictionsApi;
import dev.connector.reference.ReferenceData;
import dev.connector.reservations.ReservationOperations;
import dev.connector.resources.ResourceBlockStore;
import dev.connector.resources.ResourceBlocksApi;
import dev.connector.resources.ResourceDemoSeed;
import dev.connector.resources.ResourceStore;
import dev.connector.resources.ResourcesApi;
import dev.connector.services.Catalogue;
import dev.connector.store.Documents;
import dev.connector.services.ServiceStore;
import dev.connector.services.ServicesApi;
import dev.connector.services.StandardHotelSetup;
import dev.connector.store.Database;
import dev.connector.webhooks.Webhooks;
import dev.connector.tasks.TaskOperations;
import dev.connector.tasks.TaskStore;
import dev.connector.tasks.TasksDemoSeed;
import dev.connector.websockets.WebSockets;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The composition root: builds every component by hand, in one place, and owns their lifecycle.
 * {@link #start} returns a running server; {@link #close} stops it and releases the store.
 */
public final class Connector implements AutoCloseable {

    private final Config config;
    private final Database database;
    private final Transactions transactions;
    private final ApiServer server;
    private final String adminToken;
    private final List<AutoCloseable> workers;
    private final Operations operations;

    private Connector(Config config, Database database, Transactions transactions, ApiServer server, String adminToken,
                      List<AutoCloseable> workers, Operations operations) {
        this.config = config;
        this.operations = operations;
        this.database = database;
        this.transactions = transactions;
        this.server = server;
        this.adminToken = adminToken;
        this.workers = workers;
    }

    public static Connector start(Config config) {
        return start(config, Clock.systemUTC());
    }

    public static Connector start(Config config, Clock clock) {
        ObjectMapper json = ApiJson.create();
        String adminToken = AdminToken.resolve(config.adminToken(), config.dataDir());
        Database database = config.databaseUrl() == null
                ? Database.sqlite(config.dataDir())
                : Database.postgresql(config.databaseUrl());
        List<AutoCloseable> workers = new ArrayList<>();
        try {
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(meters);
            new JvmThreadMetrics().bindTo(meters);
            JvmGcMetrics gcMetrics = new JvmGcMetrics();
            gcMetrics.bindTo(meters);
            workers.add(gcMetrics);
            workers.add(meters::close);
            new ProcessorMetrics().bindTo(meters);
            // What the server stored itself is read with exact property names (cheaper than request matching).
            ObjectMapper storedJson = ApiJson.forStoredJson();
            Outbox outbox = new Outbox(storedJson, database.dialect());
            Transactions transactions = new Transactions(database, outbox, clock);
            EnterpriseStore enterpriseStore = new EnterpriseStore();
            IntegrationStore integrationStore = new IntegrationStore();
            ErrorResponses errors = new ErrorResponses(json, config.sandbox());
            Documents documents = new Documents(storedJson);

            Operations operations = new Operations();
            List<HttpRoutes> routes = new ArrayList<>();
            List<DemoSeed> demoSeeds = new ArrayList<>();
            Authenticator authenticator = new Authenticator(database.jdbi(), integrationStore);

            // Each feature wires its own components below its marker, adding operations, routes, demo seeds
            // and background workers (closed in reverse order on stop).

            // -- catalogue: services, resources, rates (and the standard hotel setup) --
            ServiceStore serviceStore = new ServiceStore(documents);
            ResourceStore resourceStore = new ResourceStore(documents);
            RateStore rateStore = new RateStore(documents);
            HotelSetup hotelSetup = new StandardHotelSetup(serviceStore, resourceStore, rateStore);
            ResourceBlockStore resourceBlockStore = new ResourceBlockStore(documents);
            Catalogue catalogue = new Catalogue();
            new ServicesApi(transactions, serviceStore).register(operations);
            new ResourcesApi(transactions, resourceStore).register(operations);
            new ResourceBlocksApi(transactions, resourceStore, resourceBlockStore, UUID::randomUUID).register(operations);
            new RatesApi(transactions, rateStore, enterpriseStore, catalogue, new RatePricing(), UUID::randomUUID)
                    .register(operations);
            new RestrictionsApi(transactions, new RestrictionStore(documents), rateStore, catalogue, UUID::randomUUID)
                    .register(operations);
            demoSeeds.add(new ResourceDemoSeed(resourceStore, resourceBlockStore));

            // -- enterprises, configuration and reference data --
            ReferenceData referenceData = ReferenceData.load(json);
            referenceData.addOperationsTo(operations);
            EnterpriseSettingsStore enterpriseSettings = new EnterpriseSettingsStore(documents);
            operations.add("configuration/get", GetConfiguration.Request.class,
                    new GetConfiguration(transactions, enterpriseStore, enterpriseSettings, json));
            operations.add("enterprises/getAll", GetAllEnterprises.Request.class,
                    new GetAllEnterprises(transactions, enterpriseSettings));
            demoSeeds.add(new DemoEnterpriseSettings(enterpriseSettings));

            // -- customers --
            CustomerStore customerStore = new CustomerStore(documents);
            CustomerOperations.register(operations, transactions, customerStore, enterpriseStore,
                    new InHouse(documents));
            demoSeeds.add(new CustomerDemoSeed(customerStore));

            // -- reservations --
            EnterpriseCounters counters = new EnterpriseCounters();
            BillingStore billingStore = new BillingStore(documents);
            Ledger ledger = new Ledger(billingStore, counters, UUID::randomUUID);
            Availability availability = new Availability(database.dialect(), catalogue, documents);
            AvailabilityOperations availabilityOperations = new AvailabilityOperations(transactions, enterpriseStore,
                    catalogue, availability, new AvailabilityStore());
            operations.add("services/getAvailability", AvailabilityOperations.GetRequest.class, availabilityOperations::get);
            operations.add("services/getAvailability/2024-01-22", AvailabilityOperations.GetMetricsRequest.class,
                    availabilityOperations::getMetrics);
            operations.add("services/updateAvailability", AvailabilityOperations.UpdateRequest.class,
                    availabilityOperations::update);
            ReservationOperations reservationOperations = new ReservationOperations(transactions, enterpriseStore,
                    counters, documents, availability, catalogue, new RatePricing(), ledger, resourceStore, customerStore,
                    UUID::randomUUID);
            reservationOperations.registerOn(operations);
            demoSeeds.add(reservationOperations.demoSeed());

            // -- payments, bills, order items --
            PaymentOperations paymentOperations = new PaymentOperations(transactions, enterpriseStore, billingStore,
                    ledger, customerStore);
            operations.add("payments/getAll", PaymentOperations.GetAllRequest.class, paymentOperations::getAll);
            operations.add("payments/addExternal", PaymentOperations.AddExternalRequest.class, paymentOperations::addExternal);
            operations.add("bills/getAll", BillOperations.GetAllRequest.class,
                    new BillOperations(transactions, billingStore)::getAll);
            OrderItemOperations orderItemOperations = new OrderItemOperations(transactions, billingStore);
            operations.add("orderItems/getAll", OrderItemOperations.GetAllRequest.class, orderItemOperations::getAll);
            operations.add("accountingItems/getAll", OrderItemOperations.AccountingItemsRequest.class,
                    orderItemOperations::accountingItems);

            // -- messages, devices and commands, other reads --
            MessagingStore messagingStore = new MessagingStore(documents);
            MessageThreadOperations messageThreads = new MessageThreadOperations(transactions, messagingStore, UUID::randomUUID);
            MessageOperations messages = new MessageOperations(transactions, messagingStore, UUID::randomUUID);
            operations.add("messageThreads/getAll", MessageThreadOperations.GetAll.class, messageThreads::getAll)
                    .add("messageThreads/add", MessageThreadOperations.Add.class, messageThreads::add)
                    .add("messages/getAll", MessageOperations.GetAll.class, messages::getAll)
                    .add("messages/add", MessageOperations.Add.class, messages::add);
            demoSeeds.add(new MessagingDemoSeed(messagingStore));

            DeviceStore deviceStore = new DeviceStore(documents);
            DeviceOperations devices = new DeviceOperations(transactions, deviceStore);
            CommandSubjects commandSubjects = new CommandSubjects(
                    new ReservationKeys(new ReservationStore(documents), enterpriseStore, customerStore, catalogue),
                    new ChainCustomers(enterpriseStore, customerStore));
            CommandOperations commands = new CommandOperations(transactions, deviceStore, commandSubjects,
                    UUID::randomUUID);
            operations.add("devices/getAll", DeviceOperations.GetAll.class, devices::getAll)
                    .add("commands/getAllActive", CommandOperations.GetAllActive.class, commands::getAllActive)
                    .add("commands/getAllByIds", CommandOperations.GetAllByIds.class, commands::getAllByIds)
                    .add("commands/addPrinter", CommandOperations.AddPrinter.class, commands::addPrinter)
                    .add("commands/addKeyCutter", CommandOperations.AddKeyCutter.class, commands::addKeyCutter)
                    .add("commands/addPaymentTerminal", CommandOperations.AddPaymentTerminal.class, commands::addPaymentTerminal)
                    .add("commands/update", CommandOperations.Update.class, commands::update);
            demoSeeds.add(new DevicesDemoSeed(deviceStore, commandSubjects.customers()));

            CompanyStore companyStore = new CompanyStore(documents);
            DepartmentStore departmentStore = new DepartmentStore(documents);
            TaskStore taskStore = new TaskStore(documents);
            AvailabilityBlockStore availabilityBlockStore = new AvailabilityBlockStore(documents);
            LoyaltyProgramStore loyaltyProgramStore = new LoyaltyProgramStore(documents);
            operations.add("companies/getAll", CompanyOperations.GetAll.class,
                            new CompanyOperations(transactions, companyStore)::getAll)
                    .add("departments/getAll", DepartmentOperations.GetAll.class,
                            new DepartmentOperations(transactions, departmentStore)::getAll)
                    .add("tasks/getAll", TaskOperations.GetAll.class, new TaskOperations(transactions, taskStore)::getAll)
                    .add("availabilityBlocks/getAll", AvailabilityBlockOperations.GetAll.class,
                            new AvailabilityBlockOperations(transactions, availabilityBlockStore)::getAll)
                    .add("loyaltyPrograms/getAll", LoyaltyProgramOperations.GetAll.class,
                            new LoyaltyProgramOperations(transactions, loyaltyProgramStore)::getAll);
            // Tasks are addressed to departments, and blocks name companies: seed those first.
            demoSeeds.add(new CompaniesDemoSeed(companyStore));
            demoSeeds.add(new DepartmentsDemoSeed(departmentStore));
            demoSeeds.add(new TasksDemoSeed(taskStore));
            demoSeeds.add(new AvailabilityBlocksDemoSeed(availabilityBlockStore));
            demoSeeds.add(new LoyaltyDemoSeed(loyaltyProgramStore));

            // -- admin API --
            routes.add(new AdminAuth(adminToken));
            Tokens tokens = new Tokens();
            AdminJson adminJson = new AdminJson(json);
            // Told after an integration's state changed (e.g. to close its WebSockets); features add to it below.
            List<IntegrationStateListener> integrationStateListeners = new CopyOnWriteArrayList<>();
            integrationStateListeners.add(authenticator);
            IntegrationLifecycle integrationLifecycle = new IntegrationLifecycle(transactions, integrationStore,
                    enterpriseStore, tokens, json, integrationStateListeners, UUID::randomUUID);
            routes.add(new ApplicationsAdmin(
                    new ApplicationRegistry(transactions, integrationStore, tokens, UUID::randomUUID), adminJson));
            routes.add(new EnterprisesAdmin(new EnterpriseOnboarding(transactions, enterpriseStore, hotelSetup,
                    referenceData, UUID::randomUUID), adminJson));
            routes.add(new IntegrationsAdmin(integrationLifecycle, transactions, integrationStore, adminJson));
            routes.add(new SandboxAdmin(new SandboxReset(transactions, integrationStore, integrationLifecycle,
                    () -> new DemoData(transactions, enterpriseStore, integrationStore, hotelSetup, demoSeeds)),
                    config.sandbox(), adminJson));

            // -- webhooks --
            Webhooks webhooks = Webhooks.start(config.webhooks(), config.sandbox(), transactions, integrationStore, json, meters);
            workers.add(webhooks);
            routes.add(webhooks.adminRoutes());
            demoSeeds.add(webhooks.startupUrlSeed());

            // -- websockets --
            WebSockets webSockets = WebSockets.start(config.websockets(), transactions, authenticator, integrationStore,
                    errors, json, meters, clock, config.databaseUrl());
            workers.add(webSockets);
            routes.addAll(webSockets.routes());
            integrationStateListeners.add((integrationId, state) -> webSockets.integrationChanged(integrationId));
            ServerTuning serverTuning = webSockets.tuning();

            DemoData demoData = new DemoData(transactions, enterpriseStore, integrationStore, hotelSetup, demoSeeds);
            if (config.demo()) {
                demoData.seedIfEmpty();
            }

            OperationRouter router = new OperationRouter(operations, authenticator, new RateLimit(config.rateLimit()),
                    json, clock, meters);
            ApiServer server = new ApiServer(router, errors, database, meters, json, routes, serverTuning);
            server.start(config.host(), config.port());
            return new Connector(config, database, transactions, server, adminToken, workers, operations);
        } catch (RuntimeException e) {
            closeAll(workers);
            database.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public String adminToken() {
        return adminToken;
    }

    public Database database() {
        return database;
    }

    public Config config() {
        return config;
    }

    /** The one way to change data; for tests that need to commit events directly. */
    public Transactions transactions() {
        return transactions;
    }

    /** The paths of every registered API operation, e.g. {@code customers/getAll}. */
    public java.util.Set<String> operationPaths() {
        return operations.all().keySet();
    }

    @Override
    public void close() {
        server.close();
        closeAll(workers);
        database.close();
    }

    private static void closeAll(List<AutoCloseable> workers) {
        for (int i = workers.size() - 1; i >= 0; i--) {
            try {
                workers.get(i).close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Connector.class).warn("Failed to stop {}", workers.get(i), e);
            }
        }
    }
}
