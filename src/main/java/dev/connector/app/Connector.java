package dev.connector.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.accesstokens.AccessTokensModule;
import dev.connector.accountnotes.AccountNotesModule;
import dev.connector.accounts.AccountsModule;
import dev.connector.addresses.AddressesModule;
import dev.connector.accounting.AccountingModule;
import dev.connector.admin.AdminModule;
import dev.connector.api.ApiJson;
import dev.connector.api.Operations;
import dev.connector.availability.AvailabilityModule;
import dev.connector.availabilityblocks.AvailabilityBlocksModule;
import dev.connector.billingautomations.BillingAutomationsModule;
import dev.connector.cashiers.CashiersModule;
import dev.connector.businesssegments.BusinessSegmentsModule;
import dev.connector.cancellationpolicies.CancellationPoliciesModule;
import dev.connector.companies.CompaniesModule;
import dev.connector.companions.CompanionsModule;
import dev.connector.console.ConsoleModule;
import dev.connector.creditcards.CreditCardsModule;
import dev.connector.companycontracts.CompanyContractsModule;
import dev.connector.customers.CustomersModule;
import dev.connector.demo.DemoModule;
import dev.connector.departments.DepartmentsModule;
import dev.connector.devices.DevicesModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.enterprises.HotelSetup;
import dev.connector.events.Outbox;
import dev.connector.clock.ClockModule;
import dev.connector.clock.EnterpriseTime;
import dev.connector.events.Transactions;
import dev.connector.files.FilesModule;
import dev.connector.exports.ExportsModule;
import dev.connector.faults.FaultsModule;
import dev.connector.http.ApiServer;
import dev.connector.http.ErrorResponses;
import dev.connector.http.OperationRouter;
import dev.connector.http.RateLimit;
import dev.connector.identitydocuments.IdentityDocumentsModule;
import dev.connector.fiscal.FiscalModule;
import dev.connector.images.ImagesModule;
import dev.connector.integrations.IntegrationsModule;
import dev.connector.live.LiveModule;
import dev.connector.loyalty.LoyaltyModule;
import dev.connector.messaging.MessagingModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.paymentplans.PaymentPlansModule;
import dev.connector.paymentrequests.PaymentRequestsModule;
import dev.connector.orders.OrdersModule;
import dev.connector.outlets.OutletsModule;
import dev.connector.overbooking.OverbookingModule;
import dev.connector.payments.PaymentsModule;
import dev.connector.preauthorizations.PreauthorizationsModule;
import dev.connector.rates.RatesModule;
import dev.connector.reference.ReferenceData;
import dev.connector.reference.ReferenceModule;
import dev.connector.reservations.ReservationsModule;
import dev.connector.resourcefeatures.ResourceFeaturesModule;
import dev.connector.routingrules.RoutingRulesModule;
import dev.connector.resources.ResourcesModule;
import dev.connector.rules.RulesModule;
import dev.connector.servicenotes.ServiceOrderNotesModule;
import dev.connector.services.ServicesModule;
import dev.connector.sources.SourcesModule;
import dev.connector.store.Database;
import dev.connector.store.Documents;
import dev.connector.vouchers.VouchersModule;
import dev.connector.tasks.TasksModule;
import dev.connector.triggers.TriggersModule;
import dev.connector.webhooks.WebhooksModule;
import dev.connector.websockets.WebSocketsModule;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import org.slf4j.LoggerFactory;

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
        ObjectMapper apiJson = ApiJson.create();
        // Neither needs the store, so both are read on another core while it opens: a shorter start.
        CompletableFuture<ReferenceData> referenceData = CompletableFuture.supplyAsync(() -> {
            ReferenceData data = ReferenceData.load(apiJson);
            warmUpTrustStore();
            return data;
        });
        String adminToken = AdminToken.resolve(config.adminToken(), config.dataDir());
        Database database = config.databaseUrl() == null
                ? Database.sqlite(config.dataDir())
                : Database.postgresql(config.databaseUrl());
        Registrar registrar = new Registrar();
        try {
            PrometheusMeterRegistry meters = meters(registrar);
            Platform platform = platform(config, database, clock, meters, apiJson);

            // The modules, in dependency order: each is built from the platform and the modules before it.
            ReferenceModule reference = registrar.install(new ReferenceModule(referenceData.join()));
            EnterprisesModule enterprises = registrar.install(new EnterprisesModule(platform));
            ServicesModule services = registrar.install(new ServicesModule(platform));
            ResourcesModule resources = registrar.install(new ResourcesModule(platform, enterprises));
            RatesModule rates = registrar.install(new RatesModule(platform, enterprises, services));
            CustomersModule customers = registrar.install(new CustomersModule(platform, enterprises));
            PaymentsModule payments = registrar.install(new PaymentsModule(platform, enterprises, customers));
            AvailabilityModule availability = registrar.install(new AvailabilityModule(platform, enterprises, services));
            CompaniesModule companies = registrar.install(new CompaniesModule(platform, enterprises));
            VouchersModule vouchers = registrar.install(new VouchersModule(platform, services, companies,
                    rates));
            ReservationsModule reservations = registrar.install(new ReservationsModule(platform, enterprises, services,
                    resources, rates, customers, payments, availability, vouchers));
            AccountingModule accounting = registrar.install(new AccountingModule(platform, enterprises));
            OrdersModule orders = registrar.install(new OrdersModule(platform, reference, enterprises, services,
                    payments, accounting));
            registrar.install(new OutletsModule(platform, enterprises, orders));
            registrar.install(new CashiersModule(platform, enterprises, payments));
            ExportsModule exports = registrar.install(new ExportsModule(platform));
            registrar.install(new BillingAutomationsModule(platform));
            registrar.install(new MessagingModule(platform));
            DevicesModule devices = registrar.install(new DevicesModule(platform, enterprises, services, customers,
                    reservations));
            AccountsModule accounts = registrar.install(new AccountsModule(platform, enterprises, customers, companies));
            registrar.install(new AddressesModule(platform, customers, accounts));
            registrar.install(new AccountNotesModule(platform, accounts));
            registrar.install(new CompanyContractsModule(platform, companies));
            registrar.install(new DepartmentsModule(platform));
            registrar.install(new TasksModule(platform, reservations));
            registrar.install(new AvailabilityBlocksModule(platform, enterprises, services));
            registrar.install(new LoyaltyModule(platform, accounts));
            CompanionsModule companions = registrar.install(new CompanionsModule(platform, enterprises, customers,
                    reservations));
            registrar.install(new AccessTokensModule(platform, reservations, companions));
            IdentityDocumentsModule identityDocuments = registrar.install(new IdentityDocumentsModule(platform,
                    enterprises, customers));
            registrar.install(new FilesModule(platform, identityDocuments));
            registrar.install(new CreditCardsModule(platform, payments));
            PreauthorizationsModule preauthorizations = registrar.install(new PreauthorizationsModule(platform));
            registrar.install(new RulesModule(platform, resources, rates));
            PaymentRequestsModule paymentRequests = registrar.install(new PaymentRequestsModule(platform, enterprises,
                    customers, reservations, payments, preauthorizations));
            registrar.install(new PaymentPlansModule(platform, enterprises, payments, reservations, paymentRequests));
            registrar.install(new ResourceFeaturesModule(platform));
            registrar.install(new ImagesModule(platform));
            registrar.install(new ServiceOrderNotesModule(platform, reservations));
            registrar.install(new RoutingRulesModule(platform, services, companies));
            registrar.install(new FiscalModule(platform, devices, payments));
            registrar.install(new BusinessSegmentsModule(platform));
            registrar.install(new CancellationPoliciesModule(platform));
            registrar.install(new SourcesModule(platform));
            registrar.install(new OverbookingModule(platform, enterprises, services));
            IntegrationsModule integrations = registrar.install(new IntegrationsModule(platform, enterprises));
            HotelSetup hotelSetup = services.standardHotelSetup(resources.store(), rates.store());
            DemoModule demo = registrar.install(new DemoModule(platform, enterprises, integrations, hotelSetup,
                    registrar.demoSeeds(), config.demo()));
            LiveModule live = registrar.install(new LiveModule(platform));
            FaultsModule faults = registrar.install(new FaultsModule(platform, integrations.store(), live.feed()));
            registrar.install(new ClockModule(platform, enterprises));
            WebhooksModule webhooks = registrar.install(WebhooksModule.start(platform, config.webhooks(),
                    integrations.store(), faults.deliveryFaults(), live.feed()));
            registrar.install(new TriggersModule(platform, enterprises, availability, payments, integrations));
            ErrorResponses errors = new ErrorResponses(platform.json(), config.sandbox());
            WebSocketsModule webSockets = registrar.install(WebSocketsModule.start(platform, config.websockets(),
                    integrations.authenticator(), integrations.store(), errors, faults.socketFaults(), live.feed()));
            integrations.onIntegrationChange((integrationId, state) -> webSockets.integrationChanged(integrationId));
            registrar.install(new AdminModule(platform, adminToken, enterprises, integrations, reference, hotelSetup,
                    demo, webhooks, webSockets));
            registrar.install(new ConsoleModule());

            registrar.startTasks().forEach(Runnable::run);
            OperationRouter router = new OperationRouter(registrar.operations(), integrations.authenticator(),
                    new RateLimit(config.rateLimit()), platform.json(), platform.time(), meters, registrar.operationListeners());
            ApiServer server = new ApiServer(router, errors, database, meters, platform.json(), registrar.routes(),
                    webSockets.tuning());
            server.start(config.host(), config.port());
            exports.listeningOn(config.host(), server.port());
            return new Connector(config, database, platform.transactions(), server, adminToken, registrar.workers(),
                    registrar.operations());
        } catch (RuntimeException e) {
            closeAll(registrar.workers());
            database.close();
            throw e;
        }
    }

    /**
     * Reads the JDK's trust store, which the webhook sender's TLS context needs later; the JDK keeps it once read.
     */
    private static void warmUpTrustStore() {
        try {
            SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            // The sender reports it where it matters; this was only a head start.
        }
    }

    private static PrometheusMeterRegistry meters(Registrar registrar) {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        JvmGcMetrics gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(meters);
        registrar.worker(gcMetrics).worker(meters::close);
        new ProcessorMetrics().bindTo(meters);
        return meters;
    }

    private static Platform platform(Config config, Database database, Clock clock, PrometheusMeterRegistry meters,
                                     ObjectMapper apiJson) {
        // What the server stored itself is read with exact property names (cheaper than request matching).
        ObjectMapper storedJson = ApiJson.forStoredJson();
        Outbox outbox = new Outbox(storedJson, database.dialect());
        // Domain code reads each enterprise's time through the seam; events are stamped with the real time.
        EnterpriseTime time = new EnterpriseTime(clock);
        Transactions transactions = new Transactions(database, outbox, time, clock);
        return new Platform(database, transactions, outbox, new Documents(storedJson), apiJson, storedJson,
                time, UUID::randomUUID, meters, config.sandbox());
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
    public Set<String> operationPaths() {
        return operations.all().keySet();
    }

    /** Every registered API operation, in registration order (module by module). */
    public Collection<Operations.Registered<?>> operations() {
        return operations.all().values();
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
                LoggerFactory.getLogger(Connector.class).warn("Failed to stop {}", workers.get(i), e);
            }
        }
    }
}
