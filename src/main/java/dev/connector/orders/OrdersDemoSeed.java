package dev.connector.orders;

import dev.connector.accounting.AccountingStore;
import dev.connector.accounting.ProductCategory;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import dev.connector.rates.TaxRate;
import dev.connector.services.Product;
import dev.connector.services.Service;
import dev.connector.services.ServiceStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each demo hotel's restaurant: an additional service with product categories (Food, Beverage, Services), a few
 * products, and orders posted for the first in-house guests, so their open bills carry more than nights.
 */
final class OrdersDemoSeed implements DemoSeed {

    private final ServiceStore services;
    private final AccountingStore accounting;
    private final Function<Supplier<UUID>, OrderOperations> operationsWithIds;

    OrdersDemoSeed(ServiceStore services, AccountingStore accounting,
                   Function<Supplier<UUID>, OrderOperations> operationsWithIds) {
        this.services = services;
        this.accounting = accounting;
        this.operationsWithIds = operationsWithIds;
    }

    private record Offer(String key, String name, String category, String accountingCategory, int gbp, int usd) {
    }

    private static final List<Offer> OFFERS = List.of(
            new Offer("club-sandwich", "Club sandwich", "food", "food", 12, 16),
            new Offer("caesar-salad", "Caesar salad", "food", "food", 10, 14),
            new Offer("espresso", "Espresso", "beverage", "beverage", 3, 4),
            new Offer("house-wine", "Glass of house wine", "beverage", "beverage", 8, 11),
            new Offer("laundry", "Laundry bag", "services", "services", 15, 20));

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant now = tx.now();
        String lang = hotel.enterprise().languageCode();
        UUID serviceId = hotel.id("service/restaurant");
        services.insert(tx.handle(), new Service(serviceId, hotel.enterpriseId(), true, "Restaurant",
                Map.of(lang, "Restaurant"), null, null, new Service.Options(false), Service.Promotions.NONE,
                "Orderable", 1, new Service.Data("Additional", new Service.AdditionalData(Service.Promotions.NONE)),
                null, now, now));
        int ordering = 0;
        for (String[] category : new String[][] {{"food", "Food", "F"}, {"beverage", "Beverage", "B"},
                {"services", "Services", "S"}}) {
            accounting.insert(tx.handle(), new ProductCategory(hotel.id("product-category/" + category[0]),
                    hotel.enterpriseId(), serviceId, Map.of(lang, category[1]), Map.of(lang, category[2]),
                    Map.of(lang, category[1] + " served by the restaurant"), null, now, now, ordering++));
        }
        TaxRate tax = TaxRate.of(hotel.enterprise());
        boolean usd = "USD".equals(hotel.enterprise().currencyCode());
        ordering = 0;
        for (Offer offer : OFFERS) {
            Amount price = Amount.of(BigDecimal.valueOf(usd ? offer.usd() : offer.gbp()),
                    hotel.enterprise().currencyCode(), hotel.enterprise().pricing(), tax);
            services.insert(tx.handle(), hotel.enterpriseId(), new Product(hotel.id("product/" + offer.key()),
                    serviceId, hotel.id("product-category/" + offer.category()),
                    hotel.id("accounting-category/" + offer.accountingCategory()), true, false, offer.name(),
                    Map.of(lang, offer.name()), offer.name(), Map.of(lang, offer.name()), null, Map.of(), null,
                    Map.of(), "Once", "Once", "Once", "Once", new Service.Options(false), Service.Promotions.NONE,
                    new Product.Classifications("food".equals(offer.category()),
                            "beverage".equals(offer.category()), false, false, false),
                    price, List.of(), ordering++, null, null, null, now, now, "Once"));
        }
        orderForGuestsInHouse(tx, hotel, serviceId);
    }

    /** Dinner for the first two in-house guests: a sandwich, two glasses of wine and a custom item. */
    private void orderForGuestsInHouse(Tx tx, DemoHotel hotel, UUID serviceId) {
        List<Map<String, Object>> stays = tx.handle().createQuery("""
                        SELECT id, account_id FROM reservations WHERE enterprise_id = :enterpriseId AND state = 'Started'
                        ORDER BY seq LIMIT 2""")
                .bind("enterpriseId", hotel.enterpriseId().toString())
                .mapToMap()
                .list();
        AtomicInteger next = new AtomicInteger();
        OrderOperations operations = operationsWithIds.apply(() -> hotel.id("order-seed/" + next.incrementAndGet()));
        String currency = hotel.enterprise().currencyCode();
        String taxCode = TaxRate.of(hotel.enterprise()).code();
        boolean gross = hotel.enterprise().pricing().name().equals("Gross");
        for (Map<String, Object> stay : stays) {
            UUID accountId = UUID.fromString(stay.get("account_id").toString());
            UUID reservationId = UUID.fromString(stay.get("id").toString());
            BigDecimal minibar = new BigDecimal("6.50");
            ChargedAmounts.Parameters amount = new ChargedAmounts.Parameters(currency,
                    taxCode == null ? List.of() : List.of(taxCode), gross ? null : minibar, gross ? minibar : null);
            operations.post(tx, hotel.enterprise(), new OrderOperations.AddRequest(hotel.enterpriseId(), serviceId,
                    accountId, null, null, List.of(
                            new OrderOperations.ProductOrder(hotel.id("product/club-sandwich"), 1, null, null, null,
                                    null),
                            new OrderOperations.ProductOrder(hotel.id("product/house-wine"), 2, null, null, null,
                                    null)),
                    List.of(new OrderOperations.CustomItem("Minibar", 1, amount, hotel.id("accounting-category/food"),
                            null, null)),
                    tx.now().minusSeconds(3600), "Dinner at the restaurant", null, null, reservationId), accountId,
                    hotel.firstApplicationIntegrationId());
        }
    }
}
