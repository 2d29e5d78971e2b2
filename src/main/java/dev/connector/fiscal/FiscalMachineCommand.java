package dev.connector.fiscal;

import dev.connector.devices.CommandState;
import dev.connector.devices.Device;
import dev.connector.payments.Bill;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A command asking a fiscal machine to fiscalise an issued bill, as {@code fiscalMachineCommands/getAll} returns it. */
public record FiscalMachineCommand(UUID id, CommandState state, Instant createdUtc, ProfileData creator,
                                   String fiscalMachineId, String apiUrl, String fiscalMachineData,
                                   String taxIdentifier, Device device, BillSnapshot bill, AdditionalData commandData) {

    /** Who created the command: the enterprise's staff profile. */
    public record ProfileData(String discriminator, EnterpriseProfile enterpriseProfile) {
    }

    public record EnterpriseProfile(UUID profileId) {
    }

    /** The bill as it was when the command was created (the spec's Bill of version 2025-06-23). */
    public record BillSnapshot(UUID id, String name, UUID enterpriseId, UUID accountId, List<UUID> associatedAccountIds,
                               UUID counterId, String state, String type, String number, String variableSymbol,
                               Instant createdUtc, Instant updatedUtc, Instant issuedUtc, Instant taxedUtc,
                               Instant paidUtc, Instant dueUtc, Instant lastReminderDateUtc,
                               String purchaseOrderNumber, String notes, Bill.Options options, Object owner,
                               List<Object> associatedAccountsData, Object enterpriseData, String correctionState,
                               String correctionType, UUID correctedBillId) {

        static BillSnapshot of(Bill bill) {
            return new BillSnapshot(bill.id(), bill.name(), bill.enterpriseId(), bill.accountId(),
                    bill.associatedAccountIds() == null ? List.of() : bill.associatedAccountIds(), bill.counterId(),
                    bill.state(), bill.type(), bill.number(), bill.variableSymbol(), bill.createdUtc(),
                    bill.updatedUtc(), bill.issuedUtc(), bill.taxedUtc(), bill.paidUtc(), bill.dueUtc(),
                    bill.lastReminderDateUtc(), bill.purchaseOrderNumber(), bill.notes(), bill.options(), null, null,
                    null, bill.correctionState() == null ? "Bill" : bill.correctionState(), bill.correctionType(),
                    bill.correctedBillId());
        }
    }

    /** Data for Italian fiscal machines: either fiscal data or a payload to print. */
    public record AdditionalData(String discriminator, ItalianData italianFiscalMachineData,
                                 ItalianPayload italianFiscalMachinePayload) {
    }

    public record ItalianData(boolean isRefund, String rebatedReceiptNumber, String rebatedReceiptSequence,
                              Instant rebatedReceiptDateTimeUtc, String printerSerialNumber) {
    }

    public record ItalianPayload(String payload) {
    }
}
