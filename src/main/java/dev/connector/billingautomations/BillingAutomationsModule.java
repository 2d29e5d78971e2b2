package dev.connector.billingautomations;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/**
 * Billing automations (restricted): rules for routing order items to bills, kept and listed; the ledger reads them
 * through {@link AutomationRouting} when it posts the nights and products of a reservation.
 */
public final class BillingAutomationsModule implements FeatureModule {

    private final BillingAutomationOperations operations;

    public BillingAutomationsModule(Platform platform) {
        this.operations = new BillingAutomationOperations(platform.transactions(),
                new BillingAutomationStore(platform.documents()), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.restrictedOperation("billingAutomations/add", BillingAutomationOperations.AddRequest.class,
                        operations::add)
                .restrictedOperation("billingAutomations/update", BillingAutomationOperations.UpdateRequest.class,
                        operations::update)
                .restrictedOperation("billingAutomations/delete", BillingAutomationOperations.DeleteRequest.class,
                        operations::delete)
                .restrictedOperation("billingAutomations/getAll", BillingAutomationOperations.GetAllRequest.class,
                        operations::getAll)
                .restrictedOperation("billingAutomations/updateAssignments",
                        BillingAutomationOperations.AssignmentsRequest.class, operations::updateAssignments);
    }
}
