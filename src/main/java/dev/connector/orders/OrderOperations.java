package dev.connector.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseSettingsStore;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.payments.AccountingState;
import dev.connector.payments.Accounts;
import dev.connector.payments.Bill;
import dev.connector.payments.BillingStore;
import dev.connector.payments.Ledger;
import dev.connector.payments.OrderItem;
import dev.connector.rates.Amount;
import dev.connector.reservations.ServiceOrderState;
import dev.connector.services.Product;
import dev.connector.services.Service;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code orders/add} and {@code productServiceOrders/getAll}. */
public final class OrderOperations {

    private static final Pattern INTERVAL = Pattern.compile("P(\\d+)M(\\d+)DT(\\d+)H(\\d+)M(\\d+)S");

    private final Transactions transactions;
    private final OrderStore store;
    private final EnterpriseStore enterprises;
    private final EnterpriseSettingsStore settings;
    private final BillingStore billing;
    private final Ledger ledger;
    private final ChargedAmounts amounts;
    private final Supplier<UUID> ids;

    public OrderOperations(Transactions transactions, OrderStore store, EnterpriseStore enterprises,
                           EnterpriseSettingsStore settings, BillingStore billing, Ledger ledger,
                           ChargedAmounts amounts, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.settings = settings;
        this.billing = billing;
        this.ledger = ledger;
        this.amounts = amounts;
        this.ids = ids;
    }

    public record Options(Boolean disableItemGrouping) {
    }

    public record ProductOrder(UUID productId, Integer count, ChargedAmounts.Parameters unitAmount, Instant startUtc,
                               Instant endUtc, String externalIdentifier) {

        public ProductOrder {
            Require.present(productId, "ProductId");
        }
    }

    public record CategoryParameters(String code, String name) {
    }

    public record CustomItem(String name, Integer unitCount, ChargedAmounts.Parameters unitAmount,
                             UUID accountingCategoryId, CategoryParameters category, String externalIdentifier) {

        public CustomItem {
            Require.text(name, "Name");
            Require.present(unitCount, "UnitCount");
            Require.present(unitAmount, "UnitAmount");
        }
    }

    public record AddRequest(UUID enterpriseId, UUID serviceId, UUID accountId, UUID customerId, Options options,
                             List<ProductOrder> productOrders, List<CustomItem> items, Instant consumptionUtc,
                             String notes, UUID businessSegmentId, UUID billId, UUID linkedReservationId) {

        public AddRequest {
            Require.present(serviceId, "ServiceId");
        }
    }

    public record AddResult(UUID orderId, @JsonInclude(JsonInclude.Include.NON_NULL) UUID chargeId) {
    }

    /** What one order posts: the product service order and its items, before they are written. */
    public record Posting(ProductServiceOrder order, List<OrderItem> items) {
    }

    public AddResult add(AddRequest request, Caller caller) {
        Require.present(request.serviceId(), "ServiceId");
        UUID accountId = request.accountId() != null ? request.accountId() : request.customerId();
        Require.present(accountId, "AccountId");
        boolean noProducts = request.productOrders() == null || request.productOrders().isEmpty();
        boolean noItems = request.items() == null || request.items().isEmpty();
        if (noProducts && noItems) {
            throw new InvalidRequest("ProductOrders or Items must contain at least one product or item.");
        }
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        UUID orderId = transactions.write(tx -> {
            Enterprise enterprise = enterprises.find(tx.handle(), enterpriseId)
                    .orElseThrow(() -> new IllegalStateException("No enterprise " + enterpriseId));
            Posting posting = post(tx, enterprise, request, accountId, caller.integrationId());
            tx.emit(new DomainEvent.ServiceOrderUpdated(enterpriseId, posting.order().id(), posting.order().state(),
                    null, null, null));
            return posting.order().id();
        });
        return new AddResult(orderId, null);
    }

    /** Checks and writes one order in the caller's transaction; the caller emits its event. */
    Posting post(Tx tx, Enterprise enterprise, AddRequest request, UUID accountId, UUID profileId) {
        Service service = store.service(tx.handle(), enterprise.id(), request.serviceId())
                .orElseThrow(() -> new InvalidRequest("ServiceId " + request.serviceId()
                        + " is not a service of " + enterprise.name() + "."));
        if (!"Additional".equals(service.data() == null ? null : service.data().discriminator())) {
            throw new Forbidden(service.name() + " is not an additional service: products and items are ordered "
                    + "with an additional service (such as a restaurant), stays with reservations.");
        }
        if (!service.isActive()) {
            throw new Forbidden(service.name() + " is no longer active.");
        }
        String accountType = Accounts.typeOf(tx.handle(), enterprise.chainId(), accountId)
                .orElseThrow(() -> new InvalidRequest("AccountId " + accountId + " is not a customer or company of "
                        + enterprise.name() + "."));
        Instant consumed = request.consumptionUtc() != null ? request.consumptionUtc() : tx.now();
        Instant editableFrom = editableFrom(tx, enterprise);
        if (consumed.isBefore(editableFrom)) {
            throw new Forbidden("ConsumptionUtc " + consumed + " is before the editable history of "
                    + enterprise.name() + " (from " + editableFrom + "); closed days cannot be posted to.");
        }
        UUID billId = request.billId() == null ? null : openBillOf(tx, enterprise, request.billId(), accountId);
        if (request.linkedReservationId() != null) {
            UUID owner = store.reservationAccount(tx.handle(), enterprise.id(), request.linkedReservationId())
                    .orElseThrow(() -> new InvalidRequest("LinkedReservationId " + request.linkedReservationId()
                            + " is not a reservation of " + enterprise.name() + "."));
            if (!owner.equals(accountId)) {
                throw new Forbidden("The linked reservation belongs to another account than the order.");
            }
        }
        UUID orderId = ids.get();
        List<OrderItem> items = new ArrayList<>();
        List<ProductOrder> productOrders = request.productOrders() == null ? List.of() : request.productOrders();
        List<Product> products = new ArrayList<>();
        List<Optional<Bill>> routed = new ArrayList<>();
        for (int i = 0; i < productOrders.size(); i++) {
            ProductOrder order = productOrders.get(i);
            String field = "ProductOrders[" + i + "]";
            Require.present(order.productId(), field + ".ProductId");
            Product product = store.product(tx.handle(), service.id(), order.productId())
                    .orElseThrow(() -> new InvalidRequest(field + ".ProductId " + order.productId()
                            + " is not a product of " + service.name() + "."));
            products.add(product);
            // A product for a reservation may go to a company's bill under a billing automation, unless the
            // order names its bill.
            routed.add(billId != null || request.linkedReservationId() == null ? Optional.empty()
                    : ledger.routedProductBill(tx.handle(), enterprise.id(), request.linkedReservationId(),
                            product.id(), product.categoryId(), product.accountingCategoryId(), tx.now()));
        }
        boolean allRouted = !routed.isEmpty() && routed.stream().allMatch(Optional::isPresent)
                && (request.items() == null || request.items().isEmpty());
        if (billId == null && !allRouted) {
            billId = ledger.openBill(tx.handle(), enterprise.id(), accountId, accountType, tx.now()).id();
        }
        for (int i = 0; i < productOrders.size(); i++) {
            ProductOrder order = productOrders.get(i);
            String field = "ProductOrders[" + i + "]";
            Product product = products.get(i);
            Optional<Bill> companyBill = routed.get(i);
            int count = order.count() == null ? 1 : order.count();
            if (count < 1) {
                throw new InvalidRequest(field + ".Count must be at least 1.");
            }
            Amount unit = order.unitAmount() != null
                    ? amounts.of(order.unitAmount(), enterprise, field + ".UnitAmount")
                    : product.price();
            items.add(item(tx, enterprise, companyBill.map(Bill::accountId).orElse(accountId),
                    companyBill.isPresent() ? "Company" : accountType, service.id(), orderId,
                    companyBill.map(Bill::id).orElse(billId), product.accountingCategoryId(), product.name(), order.externalIdentifier(), count, unit,
                    "Product", consumed, profileId, OrderItemData.product(product.id()), request.notes()));
        }
        List<CustomItem> custom = request.items() == null ? List.of() : request.items();
        for (int i = 0; i < custom.size(); i++) {
            CustomItem item = custom.get(i);
            String field = "Items[" + i + "]";
            Require.text(item.name(), field + ".Name");
            Require.present(item.unitCount(), field + ".UnitCount");
            if (item.unitCount() < 1) {
                throw new InvalidRequest(field + ".UnitCount must be at least 1.");
            }
            Amount unit = amounts.of(item.unitAmount(), enterprise, field + ".UnitAmount");
            items.add(item(tx, enterprise, accountId, accountType, service.id(), orderId, billId,
                    item.accountingCategoryId(), item.name(), item.externalIdentifier(), item.unitCount(), unit,
                    "Additional", consumed, profileId, null, request.notes()));
        }
        ProductServiceOrder order = new ProductServiceOrder(orderId, service.id(), accountId, accountType, profileId,
                profileId, null, null, ServiceOrderState.Processed.name(), "Connector", null, null, tx.now(),
                tx.now(), null, null, request.businessSegmentId(), request.linkedReservationId(),
                new ProductServiceOrder.Options(false, false, false, false));
        store.insert(tx.handle(), enterprise.id(), order);
        for (OrderItem item : items) {
            billing.insert(tx.handle(), item, null);
        }
        return new Posting(order, items);
    }

    private UUID openBillOf(Tx tx, Enterprise enterprise, UUID billId, UUID accountId) {
        Bill bill = billing.bill(tx.handle(), enterprise.id(), billId)
                .orElseThrow(() -> new InvalidRequest("BillId " + billId + " is not a bill of " + enterprise.name()
                        + "."));
        if (!Bill.OPEN.equals(bill.state())) {
            throw new Forbidden("Bill " + (bill.number() == null ? billId : bill.number())
                    + " is closed; nothing more can be posted to it.");
        }
        if (!bill.accountId().equals(accountId)) {
            throw new Forbidden("The bill belongs to another account than the order.");
        }
        return bill.id();
    }

    private OrderItem item(Tx tx, Enterprise enterprise, UUID accountId, String accountType, UUID serviceId,
                           UUID orderId, UUID billId, UUID accountingCategoryId, String name,
                           String externalIdentifier, int count, Amount unit, String revenueType, Instant consumed,
                           UUID profileId, Object data, String notes) {
        Amount total = ChargedAmounts.times(unit, count);
        String type = "Product".equals(revenueType) ? "ProductOrder" : "CustomItem";
        return new OrderItem(ids.get(), enterprise.id(), accountId, accountType, serviceId, orderId, notes, billId,
                accountingCategoryId, name, externalIdentifier, count, unit, total, total, revenueType, profileId,
                profileId, tx.now(), tx.now(), consumed, null, null, consumed, null, AccountingState.Open, type,
                new OrderItem.Options(false), data, null, null);
    }

    /** The start of the enterprise's editable history: its accounting interval back from today's local midnight. */
    private Instant editableFrom(Tx tx, Enterprise enterprise) {
        ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
        LocalDate today = LocalDate.ofInstant(tx.now(), zone);
        String interval = settings.of(tx.handle(), enterprise).accountingEditableHistoryInterval();
        Matcher matcher = interval == null ? null : INTERVAL.matcher(interval);
        if (matcher == null || !matcher.matches()) {
            return today.minusDays(7).atStartOfDay(zone).toInstant();
        }
        return today.minusMonths(Long.parseLong(matcher.group(1))).minusDays(Long.parseLong(matcher.group(2)))
                .atStartOfDay(zone).toInstant();
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> productServiceOrderIds,
                                List<UUID> serviceIds, List<UUID> accountIds, List<UUID> linkedReservationIds,
                                TimeInterval updatedUtc, List<ServiceOrderState> states) {
    }

    public record GetAllResult(List<ProductServiceOrder> productServiceOrders, UUID cursor) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.notEmpty(Require.present(request.serviceIds(), "ServiceIds"), "ServiceIds");
        Require.atMost(request.serviceIds(), 1000, "ServiceIds");
        Require.atMost(request.productServiceOrderIds(), 1000, "ProductServiceOrderIds");
        Require.atMost(request.accountIds(), 1000, "AccountIds");
        Require.atMost(request.linkedReservationIds(), 1000, "LinkedReservationIds");
        Filter filter = Filter.where()
                .in("o.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("o.service_id", request.serviceIds())
                .in("o.id", request.productServiceOrderIds())
                .in("o.account_id", request.accountIds())
                .in("o.linked_reservation_id", request.linkedReservationIds())
                .within("o.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc",
                        TimeInterval.THREE_MONTHS))
                .in("o.state", request.states() == null ? null
                        : request.states().stream().map(Enum::name).toList());
        Page<ProductServiceOrder> page = transactions.read(handle -> store.orders(handle, filter, limitation));
        return new GetAllResult(page.items(), page.cursor());
    }
}
