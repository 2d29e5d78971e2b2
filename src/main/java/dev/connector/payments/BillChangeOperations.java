package dev.connector.payments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseCounters;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.store.Documents;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** {@code bills/add}, {@code bills/delete}, {@code bills/close} and {@code bills/getPdf}. */
public final class BillChangeOperations {

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final EnterpriseCounters counters;
    private final BillingStore store;
    private final Documents documents;
    private final Supplier<UUID> ids;

    public BillChangeOperations(Transactions transactions, EnterpriseStore enterprises, EnterpriseCounters counters,
                                BillingStore store, Documents documents, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.counters = counters;
        this.store = store;
        this.documents = documents;
        this.ids = ids;
    }

    /** The bill types of the spec. */
    public enum BillType {
        Receipt, Invoice
    }

    public record NewBill(UUID accountId, UUID associatedAccountId, String name) {
    }

    public record AddRequest(UUID enterpriseId, List<NewBill> bills) {
    }

    public record BillsResult(List<Bill> bills) {
    }

    public BillsResult add(AddRequest request, Caller caller) {
        List<NewBill> bills = Require.notEmpty(Require.present(request.bills(), "Bills"), "Bills");
        Require.atMost(bills, 1000, "Bills");
        for (int i = 0; i < bills.size(); i++) {
            Require.present(bills.get(i), "Bills[" + i + "]");
            Require.present(bills.get(i).accountId(), "Bills[" + i + "].AccountId");
            Require.maxLength(bills.get(i).name(), 255, "Bills[" + i + "].Name");
        }
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprise(tx.handle(), enterpriseId);
            List<Bill> added = new ArrayList<>();
            for (int i = 0; i < bills.size(); i++) {
                NewBill bill = bills.get(i);
                String type = Accounts.typeOf(tx.handle(), enterprise.chainId(), bill.accountId())
                        .orElseThrow(() -> new InvalidRequest("Bills[" + added.size() + "].AccountId "
                                + bill.accountId() + " is not a customer or company of " + enterprise.name() + "."));
                if (bill.associatedAccountId() != null
                        && Accounts.typeOf(tx.handle(), enterprise.chainId(), bill.associatedAccountId()).isEmpty()) {
                    throw new InvalidRequest("Bills[" + i + "].AssociatedAccountId " + bill.associatedAccountId()
                            + " is not a customer or company of " + enterprise.name() + ".");
                }
                Bill open = Bill.open(ids.get(), enterpriseId, bill.accountId(), type, bill.name(),
                        bill.associatedAccountId(), tx.now());
                store.insert(tx.handle(), open);
                added.add(open);
            }
            return new BillsResult(added);
        });
    }

    public record DeleteRequest(UUID enterpriseId, List<UUID> billIds) {
    }

    public record Empty() {
    }

    public Empty delete(DeleteRequest request, Caller caller) {
        List<UUID> billIds = Require.notEmpty(Require.present(request.billIds(), "BillIds"), "BillIds");
        Require.atMost(billIds, 1000, "BillIds");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            for (UUID billId : billIds.stream().distinct().toList()) {
                Bill bill = store.bill(tx.handle(), enterpriseId, billId)
                        .orElseThrow(() -> new InvalidRequest("BillIds: " + billId + " is not a bill of the enterprise."));
                if (!Bill.OPEN.equals(bill.state())) {
                    throw new Forbidden("Bill " + bill.number() + " is closed; a closed bill cannot be deleted.");
                }
                if (store.hasItems(tx.handle(), billId)) {
                    throw new Forbidden("The bill " + (bill.name() == null ? billId : bill.name())
                            + " has items or payments on it; only an empty bill can be deleted.");
                }
                store.delete(tx.handle(), billId);
            }
            return new Empty();
        });
    }

    public record BooleanValue(Boolean value) {
    }

    public record OptionsParameters(BooleanValue displayCustomer, BooleanValue displayTaxation) {

        public OptionsParameters {
            Require.present(displayCustomer, "DisplayCustomer");
            Require.present(displayTaxation, "DisplayTaxation");
        }
    }

    public record AddressParameters(String line1, String line2, String city, String postalCode, String countryCode,
                                    String countrySubdivisionCode) {
    }

    public record AccountParameters(UUID id, UpdateValue<String> taxIdentifier, AddressParameters address) {

        public AccountParameters {
            Require.present(id, "Id");
        }
    }

    public record CloseRequest(UUID enterpriseId, UUID billId, BillType type, UUID billCounterId,
                               UUID fiscalMachineId, OptionsParameters options, UpdateValue<String> taxedDate,
                               UpdateValue<String> dueDate, UpdateValue<String> variableSymbol,
                               UpdateValue<String> taxIdentifier, UpdateValue<String> accountTaxIdentifier,
                               UpdateValue<String> companyTaxIdentifier, UpdateValue<String> purchaseOrderNumber,
                               UpdateValue<String> notes, AddressParameters address,
                               AddressParameters accountAddress, List<AccountParameters> associatedAccountData) {

        public CloseRequest {
            Require.present(billId, "BillId");
            Require.present(type, "Type");
        }
    }

    public BillsResult close(CloseRequest request, Caller caller) {
        BillType type = request.type();
        if (type != BillType.Invoice) {
            for (Map.Entry<String, UpdateValue<String>> invoiceOnly : Map.of("TaxedDate", nullSafe(request.taxedDate()),
                    "DueDate", nullSafe(request.dueDate()), "VariableSymbol", nullSafe(request.variableSymbol()))
                    .entrySet()) {
                if (invoiceOnly.getValue().value() != null) {
                    throw new InvalidRequest(invoiceOnly.getKey() + " can only be used with Type Invoice.");
                }
            }
        }
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprise(tx.handle(), enterpriseId);
            Bill bill = store.bill(tx.handle(), enterpriseId, request.billId())
                    .orElseThrow(() -> new InvalidRequest("BillId " + request.billId() + " is not a bill of "
                            + enterprise.name() + "."));
            if (!Bill.OPEN.equals(bill.state())) {
                throw new Forbidden("Bill " + bill.number() + " is already closed.");
            }
            return new BillsResult(List.of(close(tx, enterprise, bill, request, type)));
        });
    }

    private Bill close(Tx tx, Enterprise enterprise, Bill bill, CloseRequest request, BillType type) {
        List<OrderItem> items = store.itemsOfBill(tx.handle(), bill.id()).stream()
                .filter(item -> item.accountingState() == AccountingState.Open)
                .toList();
        List<Payment> payments = store.paymentsOfBill(tx.handle(), bill.id()).stream()
                .filter(payment -> payment.accountingState() == AccountingState.Open)
                .toList();
        BigDecimal balance = BigDecimal.ZERO;
        for (OrderItem item : items) {
            balance = balance.add(item.amount().grossValue());
        }
        for (Payment payment : payments) {
            balance = balance.add(payment.amount().grossValue());
        }
        balance = balance.setScale(2, RoundingMode.HALF_UP);
        if (balance.signum() > 0) {
            throw new Forbidden("The bill cannot be closed while " + balance.toPlainString() + " "
                    + enterprise.currencyCode() + " is still owed.");
        }
        if (balance.signum() < 0) {
            throw new Forbidden("The bill cannot be closed while it is overpaid by " + balance.negate().toPlainString()
                    + " " + enterprise.currencyCode() + "; refund or move the extra payment first.");
        }
        BillingStore.BillCounter counter = store.billCounter(tx.handle(), enterprise.id(), request.billCounterId(),
                        type.name())
                .orElseGet(() -> {
                    if (request.billCounterId() != null) {
                        throw new InvalidRequest("BillCounterId " + request.billCounterId()
                                + " is not a bill counter of " + enterprise.name() + ".");
                    }
                    return new BillingStore.BillCounter(null, "bill", "{0}");
                });
        long value = counters.next(tx.handle(), enterprise.id(), counter.counterName());
        String number = counter.format().replace("{0}", String.valueOf(value));
        ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
        Bill.Options options = bill.options();
        if (request.options() != null) {
            options = new Bill.Options(flag(request.options().displayCustomer(), options.displayCustomer()),
                    flag(request.options().displayTaxation(), options.displayTaxation()), options.trackReceivable(),
                    options.displayCid(), options.rebated());
        }
        String taxIdentifier = UpdateValue.apply(request.accountTaxIdentifier(),
                UpdateValue.apply(request.taxIdentifier(), (String) null));
        AddressParameters address = request.accountAddress() != null ? request.accountAddress() : request.address();
        Bill.Closing closing = new Bill.Closing(type.name(), counter.id(), number,
                day(request.taxedDate(), "TaxedDate", zone), day(request.dueDate(), "DueDate", zone),
                UpdateValue.apply(request.variableSymbol(), bill.variableSymbol()),
                UpdateValue.apply(request.purchaseOrderNumber(), bill.purchaseOrderNumber()),
                UpdateValue.apply(request.notes(), bill.notes()), options,
                ownerData(tx.handle(), bill, taxIdentifier, address),
                Map.of("CompanyName", enterprise.name()));
        for (OrderItem item : items) {
            store.update(tx.handle(), item.closed(tx.now()));
        }
        for (Payment payment : payments) {
            store.update(tx.handle(), payment.closed(tx.now()));
            tx.emit(new DomainEvent.PaymentUpdated(enterprise.id(), payment.id()));
        }
        Bill closed = bill.closed(closing, tx.now());
        store.update(tx.handle(), closed);
        return closed;
    }

    private Bill.OwnerData ownerData(Handle handle, Bill bill, String taxIdentifier, AddressParameters address) {
        boolean company = Accounts.COMPANY.equals(bill.accountType());
        String doc = handle.createQuery("SELECT doc FROM " + (company ? "companies" : "customers") + " WHERE id = :id")
                .bind("id", bill.accountId().toString())
                .mapTo(String.class)
                .findOne()
                .orElse(null);
        JsonNode owner = doc == null ? null : documents.read(doc, JsonNode.class);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("Id", bill.accountId().toString());
        if (address != null) {
            Map<String, Object> printed = new LinkedHashMap<>();
            printed.put("Line1", address.line1());
            printed.put("Line2", address.line2());
            printed.put("City", address.city());
            printed.put("PostalCode", address.postalCode());
            printed.put("SubdivisionCode", address.countrySubdivisionCode());
            printed.put("CountryCode", address.countryCode());
            value.put("Address", printed);
        }
        value.put("TaxIdentifier", taxIdentifier);
        if (company) {
            value.put("Name", owner == null ? "" : owner.path("Name").asText(""));
            return new Bill.OwnerData("BillCompanyData", value);
        }
        value.put("LastName", owner == null ? "" : owner.path("LastName").asText(""));
        value.put("FirstName", owner == null || owner.path("FirstName").isNull() ? null
                : owner.path("FirstName").asText(null));
        return new Bill.OwnerData("BillCustomerData", value);
    }

    private static boolean flag(BooleanValue update, boolean current) {
        return update == null || update.value() == null ? current : update.value();
    }

    private static UpdateValue<String> nullSafe(UpdateValue<String> value) {
        return value == null ? new UpdateValue<>(null) : value;
    }

    private static Instant day(UpdateValue<String> value, String field, ZoneId zone) {
        if (value == null || value.value() == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.value()).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + ".Value must be a date (YYYY-MM-DD).");
        }
    }

    /** The PDF templates of the spec. */
    public enum PdfTemplate {
        Detailed, Consumption, Reservation, OrderItem, Guest
    }

    public record PdfRequest(UUID billId, UUID billPrintEventId, PdfTemplate pdfTemplate, String printReason) {
    }

    public record PdfFile(String base64Data) {
    }

    public record PdfResultData(String discriminator, PdfFile value) {
    }

    public record PdfResult(UUID billId, PdfResultData result) {
    }

    public PdfResult pdf(PdfRequest request, Caller caller) {
        Require.present(request.billId(), "BillId");
        Require.maxLength(request.printReason(), 255, "PrintReason");
        byte[] pdf = transactions.read(handle -> {
            for (UUID enterpriseId : caller.enterpriseIds()) {
                var bill = store.bill(handle, enterpriseId, request.billId());
                if (bill.isPresent()) {
                    return BillPdf.render(enterprise(handle, enterpriseId), bill.get(),
                            store.itemsOfBill(handle, bill.get().id()), store.paymentsOfBill(handle, bill.get().id()));
                }
            }
            throw new InvalidRequest("BillId " + request.billId() + " is not a bill of the enterprise.");
        });
        return new PdfResult(request.billId(), new PdfResultData("BillPdfFile",
                new PdfFile(Base64.getEncoder().encodeToString(pdf))));
    }

    private Enterprise enterprise(Handle handle, UUID enterpriseId) {
        return enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new IllegalStateException("No enterprise " + enterpriseId));
    }
}
