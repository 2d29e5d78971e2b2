package dev.connector.reservations;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.availability.Stay;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.PricingMode;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.payments.AccountingState;
import dev.connector.payments.Bill;
import dev.connector.payments.BillingStore;
import dev.connector.payments.Ledger;
import dev.connector.payments.OrderItem;
import dev.connector.rates.Amount;
import dev.connector.rates.TaxRate;
import dev.connector.services.Product;
import dev.connector.store.Documents;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code reservations/addProduct}: a product of the stay's service added to a reservation, charged to its owner as
 * one order item per night (products posted per time unit) or once; the reservation's ServiceOrderUpdated.
 */
public final class ProductOperations {

    private final Transactions transactions;
    private final ReservationStore store;
    private final EnterpriseStore enterprises;
    private final BillingStore billing;
    private final Ledger ledger;
    private final Documents documents;
    private final Supplier<UUID> ids;

    public ProductOperations(Transactions transactions, ReservationStore store, EnterpriseStore enterprises,
                             BillingStore billing, Ledger ledger, Documents documents, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.billing = billing;
        this.ledger = ledger;
        this.documents = documents;
        this.ids = ids;
    }

    public record AddProductRequest(UUID reservationId, UUID productId, Integer count, AmountParameters unitAmount,
                                    Instant startUtc, Instant endUtc) {

        public AddProductRequest {
            Require.present(reservationId, "ReservationId");
            Require.present(productId, "ProductId");
            Require.present(count, "Count");
        }
    }

    public record AddProductResult(List<UUID> itemIds) {
    }

    public AddProductResult addProduct(AddProductRequest request, Caller caller) {
        Require.present(request.reservationId(), "ReservationId");
        Require.present(request.productId(), "ProductId");
        int count = Require.present(request.count(), "Count");
        if (count < 1) {
            throw new InvalidRequest("Count must be at least 1.");
        }
        if (request.startUtc() != null && request.endUtc() != null && request.endUtc().isBefore(request.startUtc())) {
            throw new InvalidRequest("EndUtc must not be before StartUtc.");
        }
        return transactions.write(tx -> {
            Reservation reservation = null;
            Enterprise enterprise = null;
            for (UUID enterpriseId : caller.enterpriseIds()) {
                Optional<Reservation> found = store.find(tx.handle(), enterpriseId, request.reservationId());
                if (found.isPresent()) {
                    reservation = found.get();
                    enterprise = enterprises.find(tx.handle(), enterpriseId).orElseThrow();
                    break;
                }
            }
            if (reservation == null) {
                throw new InvalidRequest("ReservationId " + request.reservationId() + " is not a reservation of the "
                        + "enterprise.");
            }
            if (reservation.state() == ServiceOrderState.Canceled || reservation.state() == ServiceOrderState.Processed) {
                throw new Forbidden("The reservation is " + reservation.state() + "; products can only be added to "
                        + "upcoming or current stays.");
            }
            Product product = product(tx, reservation.serviceId(), request.productId());
            Amount unit = request.unitAmount() == null ? product.price()
                    : stated(request.unitAmount(), enterprise);
            List<UUID> itemIds = post(tx, enterprise, reservation, product, unit, count, request, caller);
            tx.emit(Bookings.event(enterprise.id(), reservation));
            return new AddProductResult(itemIds);
        });
    }

    private List<UUID> post(Tx tx, Enterprise enterprise, Reservation reservation, Product product, Amount unit,
                            int count, AddProductRequest request, Caller caller) {
        ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
        Instant start = request.startUtc() != null ? request.startUtc() : reservation.startUtc();
        Instant end = request.endUtc() != null ? request.endUtc() : reservation.endUtc();
        if (start.isBefore(reservation.startUtc()) || end.isAfter(reservation.endUtc())) {
            throw new InvalidRequest("StartUtc and EndUtc must lie within the reservation (" + reservation.startUtc()
                    + " to " + reservation.endUtc() + ").");
        }
        List<Instant> consumptions = new ArrayList<>();
        boolean once = "Once".equals(product.postingMode()) || "Once".equals(product.posting()) || !end.isAfter(start);
        if (once) {
            consumptions.add(start);
        } else {
            for (LocalDate night : Stay.of(start, end, zone).nights()) {
                consumptions.add(Stay.unitStart(night, zone));
            }
        }
        // A billing automation may send the product to its company's bill instead of the owner's.
        Optional<Bill> routed = ledger.routedProductBill(tx.handle(), enterprise.id(), reservation.id(), product.id(),
                product.categoryId(), product.accountingCategoryId(), tx.now());
        UUID accountId = routed.map(Bill::accountId).orElse(reservation.accountId());
        String accountType = routed.isPresent() ? "Company" : reservation.accountType();
        UUID billId = routed.isPresent() ? routed.get().id()
                : ledger.openBill(tx.handle(), enterprise.id(), reservation.accountId(), reservation.accountType(),
                        tx.now()).id();
        Amount total = times(unit, count);
        List<UUID> itemIds = new ArrayList<>();
        for (Instant consumed : consumptions) {
            OrderItem item = new OrderItem(ids.get(), enterprise.id(), accountId, accountType,
                    reservation.serviceId(), reservation.id(), null, billId, product.accountingCategoryId(),
                    product.name(), null, count, unit, total, total, "Product", caller.integrationId(),
                    caller.integrationId(), tx.now(), tx.now(), consumed, null, null, consumed, null,
                    AccountingState.Open, "ProductOrder", new OrderItem.Options(false),
                    Map.of("Discriminator", "Product", "Product", Map.of("ProductId", product.id().toString())),
                    null, null);
            billing.insert(tx.handle(), item, null);
            itemIds.add(item.id());
        }
        return itemIds;
    }

    private Product product(Tx tx, UUID serviceId, UUID productId) {
        return tx.handle().createQuery("""
                        SELECT doc FROM products WHERE id = :id AND service_id = :serviceId AND is_active = :active""")
                .bind("id", productId.toString())
                .bind("serviceId", serviceId.toString())
                .bind("active", true)
                .mapTo(String.class)
                .findOne()
                .map(doc -> documents.read(doc, Product.class))
                .orElseThrow(() -> new InvalidRequest("ProductId " + productId + " is not a product of the "
                        + "reservation's service."));
    }

    /** A stated unit price, taxed at the enterprise's standard rate as stays are. */
    private static Amount stated(AmountParameters amount, Enterprise enterprise) {
        if (amount.currency() == null || !amount.currency().equalsIgnoreCase(enterprise.currencyCode())) {
            throw new InvalidRequest("UnitAmount.Currency must be " + enterprise.currencyCode() + ".");
        }
        if ((amount.netValue() == null) == (amount.grossValue() == null)) {
            throw new InvalidRequest("UnitAmount must have exactly one of NetValue and GrossValue.");
        }
        TaxRate tax = TaxRate.of(enterprise);
        if (amount.grossValue() != null) {
            return Amount.of(amount.grossValue(), enterprise.currencyCode(), PricingMode.Gross, tax);
        }
        return Amount.of(amount.netValue(), enterprise.currencyCode(), PricingMode.Net, tax);
    }

    private static Amount times(Amount unit, int count) {
        BigDecimal factor = BigDecimal.valueOf(count);
        return new Amount(unit.currency(), money(unit.netValue().multiply(factor)),
                money(unit.grossValue().multiply(factor)),
                unit.taxValues().stream().map(tax -> new Amount.TaxValue(tax.code(), money(tax.value().multiply(factor))))
                        .toList(),
                new Amount.Breakdown(unit.breakdown().items().stream()
                        .map(item -> new Amount.BreakdownItem(item.taxRateCode(), money(item.netValue().multiply(factor)),
                                money(item.taxValue().multiply(factor))))
                        .toList()));
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
