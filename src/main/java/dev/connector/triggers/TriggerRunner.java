package dev.connector.triggers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.Caller;
import dev.connector.api.Conflict;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Operations;
import dev.connector.clock.EnterpriseTime;
import dev.connector.demo.DemoData;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.GeneralEventKind;
import dev.connector.events.Transactions;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Runs a trigger for an enterprise: checks the request, acts as the enterprise's first enabled integration of its
 * own (for the demo hotels, the first demo application's), and answers with what was created and which events were
 * committed. Thread-safe; each run has its own {@link TriggerRun}.
 */
final class TriggerRunner {

    /** A request to run a trigger: the body of {@code POST /admin/v1/sandbox/triggers}. */
    record Request(UUID enterpriseId, String trigger, ObjectNode set) {
    }

    /** One trigger as {@code GET /admin/v1/sandbox/triggers} lists it. */
    record Listed(String name, String description, List<String> events, String operation, List<String> setFields) {
    }

    /** The answer of the list. */
    record Listing(List<Listed> triggers) {
    }

    private final TriggerCatalogue catalogue;
    private final Operations operations;
    private final ObjectMapper json;
    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final IntegrationStore integrations;
    private final EnterpriseTime time;

    TriggerRunner(TriggerCatalogue catalogue, Operations operations, ObjectMapper json, Transactions transactions,
                  EnterpriseStore enterprises, IntegrationStore integrations, EnterpriseTime time) {
        this.catalogue = catalogue;
        this.operations = operations;
        this.json = json;
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.integrations = integrations;
        this.time = time;
    }

    Listing list() {
        return new Listing(catalogue.all().stream()
                .map(trigger -> new Listed(trigger.name(), trigger.description(), trigger.events(),
                        trigger.operation(), SetFields.allowed(json, target(trigger))))
                .toList());
    }

    TriggerOutcome run(Request request, String requestId) {
        Trigger trigger = trigger(request.trigger());
        SetFields set = SetFields.check(json, trigger.name(), target(trigger), request.set());
        UUID enterpriseId = request.enterpriseId() == null ? DemoData.UK_ENTERPRISE_ID : request.enterpriseId();
        Enterprise enterprise = transactions.read(handle -> enterprises.find(handle, enterpriseId)).orElseThrow(
                () -> new InvalidRequest(request.enterpriseId() == null
                        ? "EnterpriseId is required: this server has no demo hotel to default to."
                        : "EnterpriseId " + enterpriseId + " is not an enterprise of this server."));
        List<TriggerOutcome.Entity> entities = new ArrayList<>();
        // A trigger acts at the hotel's time, as an operation of its partner would: its test clock when it has one.
        Transactions.Recorded<Void> recorded = time.at(enterpriseId, () -> {
            TriggerRun run = new TriggerRun(operations, json, caller(enterpriseId, requestId), enterprise, set);
            Transactions.Recorded<Void> changes = transactions.recording(() -> {
                trigger.script().run(run);
                return null;
            });
            entities.addAll(run.entities());
            return changes;
        });
        Set<TriggerOutcome.Event> events = new LinkedHashSet<>();
        for (DomainEvent event : recorded.events()) {
            events.add(new TriggerOutcome.Event(discriminator(event), event.entityId()));
        }
        return new TriggerOutcome(trigger.name(), enterpriseId, List.copyOf(entities), List.copyOf(events));
    }

    private Trigger trigger(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequest("Trigger is required: one of " + names() + ".");
        }
        return catalogue.named(name).orElseThrow(() -> new InvalidRequest("Trigger '" + name
                + "' is not a trigger of this server; the triggers are " + names() + "."));
    }

    private String names() {
        return String.join(", ", catalogue.all().stream().map(Trigger::name).toList());
    }

    private SetFields.Target target(Trigger trigger) {
        Operations.Registered<?> registered = operations.find(trigger.operation());
        if (registered == null) {
            throw new IllegalStateException("Trigger " + trigger.name() + " needs " + trigger.operation()
                    + ", which is not registered");
        }
        return new SetFields.Target(registered.requestType(), trigger.items());
    }

    /** Fails at start when a trigger names an operation that is not registered. */
    void checkOperations() {
        catalogue.all().forEach(this::target);
    }

    /** The enterprise's first enabled integration that reaches it alone: triggers act as a partner of it would. */
    private Caller caller(UUID enterpriseId, String requestId) {
        return transactions.read(handle -> {
            for (Integration integration : integrations.integrations(handle)) {
                if (integration.state() == IntegrationState.Enabled
                        && integration.enterpriseIds().equals(List.of(enterpriseId))) {
                    return new Caller(integration.applicationId(), integration.id(), List.of(enterpriseId),
                            integrations.chainsOf(handle, List.of(enterpriseId)), requestId, time.instant(), null,
                            null);
                }
            }
            throw new Conflict("The enterprise " + enterpriseId + " has no enabled integration of its own for "
                    + "triggers to act as; create one with POST /admin/v1/integrations.");
        });
    }

    /** The event's discriminator as General Webhooks spell it, or the type of its real-time frame. */
    static String discriminator(DomainEvent event) {
        return switch (event) {
            case DomainEvent.ServiceOrderUpdated e -> GeneralEventKind.ServiceOrderUpdated.name();
            case DomainEvent.ResourceUpdated e -> GeneralEventKind.ResourceUpdated.name();
            case DomainEvent.ResourceBlockUpdated e -> GeneralEventKind.ResourceBlockUpdated.name();
            case DomainEvent.MessageAdded e -> GeneralEventKind.MessageAdded.name();
            case DomainEvent.CustomerAdded e -> GeneralEventKind.CustomerAdded.name();
            case DomainEvent.CustomerUpdated e -> GeneralEventKind.CustomerUpdated.name();
            case DomainEvent.PaymentUpdated e -> GeneralEventKind.PaymentUpdated.name();
            case DomainEvent.DeviceCommandUpdated e -> "DeviceCommand";
            case DomainEvent.PriceUpdated e -> "PriceUpdate";
            case DomainEvent.IntegrationChanged e -> "IntegrationChanged";
        };
    }
}
