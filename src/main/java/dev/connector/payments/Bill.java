package dev.connector.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bill of an account (the guest) in one enterprise, as {@code bills/getAll} returns it and as stored. Its items
 * are found with {@code orderItems/getAll} and {@code payments/getAll} by BillIds; the deprecated item lists stay
 * empty.
 */
public record Bill(
        UUID id,
        String name,
        UUID enterpriseId,
        UUID accountId,
        String accountType,
        UUID customerId,
        UUID companyId,
        List<UUID> associatedAccountIds,
        UUID counterId,
        String state,
        String type,
        String number,
        String variableSymbol,
        Instant createdUtc,
        Instant issuedUtc,
        Instant taxedUtc,
        Instant paidUtc,
        Instant dueUtc,
        Instant lastReminderDateUtc,
        Instant updatedUtc,
        String purchaseOrderNumber,
        String notes,
        Options options,
        List<Object> revenue,
        List<Object> payments,
        List<Object> orderItems,
        List<Object> paymentItems,
        Object companyDetails,
        List<Object> associatedAccountData,
        Object enterpriseData,
        String correctionState,
        String correctionType,
        UUID correctedBillId,
        @JsonInclude(JsonInclude.Include.NON_NULL) OwnerData ownerData) {

    public static final String OPEN = "Open";
    public static final String CLOSED = "Closed";

    /** How the bill is printed and tracked. */
    public record Options(boolean displayCustomer, boolean displayTaxation, boolean trackReceivable, boolean displayCid,
                          boolean rebated) {
    }

    public static Bill open(UUID id, UUID enterpriseId, UUID accountId, Instant now) {
        return open(id, enterpriseId, accountId, Accounts.CUSTOMER, null, null, now);
    }

    /** A new open bill of a customer or company account, with an optional name and associated account. */
    public static Bill open(UUID id, UUID enterpriseId, UUID accountId, String accountType, String name,
                            UUID associatedAccountId, Instant now) {
        boolean company = Accounts.COMPANY.equals(accountType);
        return new Bill(id, name, enterpriseId, accountId, accountType, company ? null : accountId,
                company ? accountId : null, associatedAccountId == null ? List.of() : List.of(associatedAccountId),
                null, OPEN,
                "Receipt", null, null, now, null, null, null, null, null, now, null, null,
                new Options(true, true, false, false, false), List.of(), List.of(), List.of(), List.of(), null, null,
                null, "Bill", null, null, null);
    }

    public Bill closed(String billNumber, Instant now) {
        return new Bill(id, name, enterpriseId, accountId, accountType, customerId, companyId, associatedAccountIds,
                counterId, CLOSED, type, billNumber, variableSymbol, createdUtc, now, now, now, dueUtc,
                lastReminderDateUtc, now, purchaseOrderNumber, notes, options, revenue, payments, orderItems,
                paymentItems, companyDetails, associatedAccountData, enterpriseData, correctionState, correctionType,
                correctedBillId, ownerData);
    }

    /** The same open bill issued to another account and associated accounts. */
    public Bill reassigned(UUID newAccountId, String newAccountType, List<UUID> associated, Instant now) {
        boolean company = Accounts.COMPANY.equals(newAccountType);
        return new Bill(id, name, enterpriseId, newAccountId, newAccountType, company ? null : newAccountId,
                company ? newAccountId : null, associated, counterId, state, type, number, variableSymbol, createdUtc,
                issuedUtc, taxedUtc, paidUtc, dueUtc, lastReminderDateUtc, now, purchaseOrderNumber, notes, options,
                revenue, payments, orderItems, paymentItems, companyDetails, associatedAccountData, enterpriseData,
                correctionState, correctionType, correctedBillId, ownerData);
    }

    /** The owner as printed on the closed bill: {@code {"Discriminator": "BillCustomerData", "Value": {...}}}. */
    public record OwnerData(String discriminator, Object value) {
    }

    /** What bills/close sets besides the state. */
    public record Closing(String type, UUID counterId, String number, Instant taxedUtc, Instant dueUtc,
                          String variableSymbol, String purchaseOrderNumber, String notes, Options options,
                          OwnerData ownerData, Object enterpriseData) {
    }

    public Bill closed(Closing closing, Instant now) {
        return new Bill(id, name, enterpriseId, accountId, accountType, customerId, companyId, associatedAccountIds,
                closing.counterId(), CLOSED, closing.type(), closing.number(), closing.variableSymbol(), createdUtc,
                now, closing.taxedUtc() == null ? now : closing.taxedUtc(), now, closing.dueUtc(), lastReminderDateUtc,
                now, closing.purchaseOrderNumber(), closing.notes(), closing.options(), revenue, payments, orderItems,
                paymentItems, companyDetails, associatedAccountData, closing.enterpriseData(), correctionState,
                correctionType, correctedBillId, closing.ownerData());
    }
}
