package dev.connector.services;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.PricingMode;
import dev.connector.events.Transactions;
import dev.connector.rates.Amount;
import dev.connector.rates.TaxRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * products/updatePrice, products/delete and the restricted products/getPricing: a product's price per time unit
 * (night) is its own price unless an update set another for that night.
 */
public final class ProductPricingOperations {

    /** The longest interval one request covers, in time units. */
    static final int MAX_TIME_UNITS = 367;

    public record PriceUpdate(BigDecimal value, Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc) {
    }

    public record UpdatePrice(UUID enterpriseId, String productId, List<PriceUpdate> priceUpdates) {
        public UpdatePrice {
            Require.text(productId, "ProductId");
            RequestChecks.requiredList(priceUpdates, "PriceUpdates");
            Require.atMost(priceUpdates, 100, "PriceUpdates");
            for (int i = 0; i < priceUpdates.size(); i++) {
                String field = "PriceUpdates[" + i + "]";
                PriceUpdate update = Require.present(priceUpdates.get(i), field);
                Require.present(update.firstTimeUnitStartUtc(), field + ".FirstTimeUnitStartUtc");
                Require.present(update.lastTimeUnitStartUtc(), field + ".LastTimeUnitStartUtc");
                if (update.lastTimeUnitStartUtc().isBefore(update.firstTimeUnitStartUtc())) {
                    throw new InvalidRequest(field + ".LastTimeUnitStartUtc must not be before " + field
                            + ".FirstTimeUnitStartUtc.");
                }
                if (update.value() != null && update.value().signum() < 0) {
                    throw new InvalidRequest(field + ".Value must not be negative.");
                }
            }
        }
    }

    public record DeleteProducts(UUID enterpriseId, List<UUID> productIds) {
        public DeleteProducts {
            RequestChecks.requiredList(productIds, "ProductIds");
        }
    }

    public record GetPricing(UUID productId, Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc,
                             List<UUID> enterpriseIds) {
        public GetPricing {
            Require.present(productId, "ProductId");
            Require.present(firstTimeUnitStartUtc, "FirstTimeUnitStartUtc");
            Require.present(lastTimeUnitStartUtc, "LastTimeUnitStartUtc");
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            if (lastTimeUnitStartUtc.isBefore(firstTimeUnitStartUtc)) {
                throw new InvalidRequest("LastTimeUnitStartUtc must not be before FirstTimeUnitStartUtc.");
            }
        }
    }

    public record AgeCategoryPrice(UUID ageCategoryId, List<Amount> prices) {
    }

    public record PricingResult(UUID productId, List<Instant> timeUnitStartsUtc, List<Amount> baseAmountPrices,
                                List<AgeCategoryPrice> ageCategoryPrices) {
    }

    /** A product as stored, with the enterprise it belongs to. */
    private record Owned(Product product, UUID enterpriseId) {
    }

    private final Transactions transactions;
    private final ServiceStore store;
    private final EnterpriseStore enterprises;

    public ProductPricingOperations(Transactions transactions, ServiceStore store, EnterpriseStore enterprises) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
    }

    Object updatePrice(UpdatePrice request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        UUID productId = Require.identifier(request.productId(), "ProductId");
        transactions.write(tx -> {
            Owned owned = product(tx.handle(), List.of(enterpriseId), productId);
            ZoneId zone = zone(enterprise(tx.handle(), enterpriseId));
            for (int i = 0; i < request.priceUpdates().size(); i++) {
                PriceUpdate update = request.priceUpdates().get(i);
                String field = "PriceUpdates[" + i + "]";
                LocalDate first = LocalDate.ofInstant(update.firstTimeUnitStartUtc(), zone);
                LocalDate last = LocalDate.ofInstant(update.lastTimeUnitStartUtc(), zone);
                if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_TIME_UNITS) {
                    throw new InvalidRequest(field + " must not cover more than " + MAX_TIME_UNITS + " time units.");
                }
                tx.handle().createUpdate("DELETE FROM product_prices WHERE product_id = :id AND night >= :first"
                                + " AND night <= :last")
                        .bind("id", productId.toString())
                        .bind("first", first.toString())
                        .bind("last", last.toString())
                        .execute();
                if (update.value() != null) {
                    var batch = tx.handle().prepareBatch("INSERT INTO product_prices (product_id, night, amount,"
                            + " updated_utc) VALUES (:id, :night, :amount, :now)");
                    for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
                        batch.bind("id", productId.toString()).bind("night", night.toString())
                                .bind("amount", update.value()).bind("now", tx.now().toEpochMilli()).add();
                    }
                    batch.execute();
                }
            }
            touch(tx.handle(), owned.product(), owned.product().isActive(), tx.now());
            return null;
        });
        return null;
    }

    Object delete(DeleteProducts request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            for (UUID productId : request.productIds().stream().distinct().toList()) {
                Owned owned = product(tx.handle(), List.of(enterpriseId), productId);
                touch(tx.handle(), owned.product(), false, tx.now());
            }
            return null;
        });
        return null;
    }

    PricingResult getPricing(GetPricing request, Caller caller) {
        List<UUID> scope = caller.enterprises(request.enterpriseIds());
        return transactions.read(handle -> {
            Owned owned = product(handle, scope, request.productId());
            Enterprise enterprise = enterprise(handle, owned.enterpriseId());
            ZoneId zone = zone(enterprise);
            LocalDate first = timeUnitStart(request.firstTimeUnitStartUtc(), zone, "FirstTimeUnitStartUtc");
            LocalDate last = timeUnitStart(request.lastTimeUnitStartUtc(), zone, "LastTimeUnitStartUtc");
            if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_TIME_UNITS) {
                throw new InvalidRequest("The interval must not cover more than " + MAX_TIME_UNITS + " time units.");
            }
            Map<String, BigDecimal> overrides = new java.util.HashMap<>();
            handle.createQuery("SELECT night, amount FROM product_prices WHERE product_id = :id AND night >= :first"
                            + " AND night <= :last")
                    .bind("id", request.productId().toString())
                    .bind("first", first.toString())
                    .bind("last", last.toString())
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                    .forEach(entry -> overrides.put(entry.getKey(), entry.getValue()));
            Amount own = owned.product().price();
            BigDecimal standard = own == null ? BigDecimal.ZERO
                    : enterprise.pricing() == PricingMode.Gross ? own.grossValue() : own.netValue();
            TaxRate tax = TaxRate.of(enterprise);
            List<Instant> starts = new ArrayList<>();
            List<Amount> prices = new ArrayList<>();
            for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
                starts.add(night.atStartOfDay(zone).toInstant());
                prices.add(Amount.of(overrides.getOrDefault(night.toString(), standard), enterprise.currencyCode(),
                        enterprise.pricing(), tax));
            }
            return new PricingResult(request.productId(), starts, prices, List.of());
        });
    }

    private Owned product(Handle handle, List<UUID> enterpriseIds, UUID productId) {
        return handle.createQuery("SELECT enterprise_id FROM products WHERE id = :id AND is_active = :active")
                .bind("id", productId.toString())
                .bind("active", true)
                .mapTo(String.class)
                .findOne()
                .map(UUID::fromString)
                .filter(enterpriseIds::contains)
                .flatMap(enterpriseId -> store.products(handle,
                                dev.connector.store.Filter.where().eq("p.id", productId),
                                new dev.connector.api.Limitation(1, null)).items().stream().findFirst()
                        .map(product -> new Owned(product, enterpriseId)))
                .orElseThrow(() -> new Forbidden("The product " + productId + " was not found."));
    }

    private void touch(Handle handle, Product p, boolean active, Instant now) {
        Product changed = new Product(p.id(), p.serviceId(), p.categoryId(), p.accountingCategoryId(), active,
                p.isDefault(), p.name(), p.names(), p.externalName(), p.externalNames(), p.shortName(), p.shortNames(),
                p.description(), p.descriptions(), p.charging(), p.chargingMode(), p.posting(), p.postingMode(),
                p.options(), p.promotions(), p.classifications(), p.price(), p.imageIds(), p.ordering(),
                p.externalIdentifier(), p.taxExemptionReason(), p.taxExemptionLegalReference(), p.createdUtc(), now,
                p.consumptionMoment());
        store.update(handle, changed);
    }

    private Enterprise enterprise(Handle handle, UUID enterpriseId) {
        return enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new IllegalStateException("Missing enterprise " + enterpriseId));
    }

    private static ZoneId zone(Enterprise enterprise) {
        return ZoneId.of(enterprise.timeZoneIdentifier());
    }

    private static LocalDate timeUnitStart(Instant instant, ZoneId zone, String field) {
        ZonedDateTime local = instant.atZone(zone);
        if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new InvalidRequest(field + " must be the start of a day in the enterprise's time zone (" + zone
                    + "), such as " + local.toLocalDate().atStartOfDay(zone).toInstant() + ".");
        }
        return local.toLocalDate();
    }

}
