package dev.connector.services;

import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.HotelSetup;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import dev.connector.rates.Rate;
import dev.connector.rates.RateStore;
import dev.connector.rates.TaxRate;
import dev.connector.resources.Resource;
import dev.connector.resources.ResourceCategory;
import dev.connector.resources.ResourceCategoryAssignment;
import dev.connector.resources.ResourceStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The standard hotel: a stay service (check-in 15:00, check-out 11:00 local time), Adult and Child age categories,
 * three room categories with ten rooms each, a base rate with nightly prices from a month ago to 400 nights ahead,
 * a non-refundable rate 10% below it, and a few products. Ids derive from the enterprise id
 * ({@link CatalogueIds}), so the same enterprise always gets the same catalogue. Emits no events: the
 * enterprise is new, nobody can be subscribed to it yet.
 */
public final class StandardHotelSetup implements HotelSetup {

    /** Nights priced before today, so that stays already under way have prices too. */
    static final int PAST_NIGHTS = 30;
    /** Nights priced from today on: a year, plus room for a year-long pricing request made weeks later. */
    static final int FUTURE_NIGHTS = 400;
    static final BigDecimal NON_REFUNDABLE_ADJUSTMENT = new BigDecimal("-0.10");

    private record RoomType(String key, String name, String shortName, String description, String classification,
                            int capacity, int extraCapacity, int floor, int gbp, int usd, int other) {

        BigDecimal price(String currency) {
            return BigDecimal.valueOf(switch (currency) {
                case "GBP" -> gbp;
                case "USD" -> usd;
                default -> other;
            });
        }
    }

    private static final List<RoomType> ROOM_TYPES = List.of(
            new RoomType("standard-double", "Standard Double", "STD", "A quiet double room with a queen-size bed.",
                    "StandardDouble", 2, 0, 1, 120, 149, 110),
            new RoomType("deluxe-king", "Deluxe King", "DLX", "A larger room with a king-size bed and a city view.",
                    "SuperiorDouble", 2, 1, 2, 165, 199, 150),
            new RoomType("junior-suite", "Junior Suite", "JRS", "A suite with a separate sitting area and a sofa bed.",
                    "JuniorSuite", 3, 1, 3, 240, 289, 220));

    private static final int ROOMS_PER_TYPE = 10;

    private final ServiceStore services;
    private final ResourceStore resources;
    private final RateStore rates;

    public StandardHotelSetup(ServiceStore services, ResourceStore resources, RateStore rates) {
        this.services = services;
        this.resources = resources;
        this.rates = rates;
    }

    @Override
    public Result setUp(Tx tx, Enterprise enterprise) {
        UUID enterpriseId = enterprise.id();
        Instant now = tx.now();
        Map<String, String> none = Map.of();
        String lang = enterprise.languageCode();

        UUID serviceId = CatalogueIds.of(enterpriseId, "service/stay");
        services.insert(tx.handle(), new Service(serviceId, enterpriseId, true, "Accommodation",
                Map.of(lang, "Accommodation"), "15:00:00", "11:00:00", new Service.Options(false), null, "Reservable", 0,
                new Service.Data("Bookable", new Service.BookableData("P0M0DT15H0M0S", "P0M0DT11H0M0S",
                        "P0M0DT15H0M0S", "P0M0DT11H0M0S", "Day", "Day")),
                null, now, now));

        services.insert(tx.handle(), enterpriseId, new AgeCategory(CatalogueIds.of(enterpriseId, "age-category/adult"),
                serviceId, 18, null, Map.of(lang, "Adult"), Map.of(lang, "AD"), now, now, "Adult", true, null));
        services.insert(tx.handle(), enterpriseId, new AgeCategory(CatalogueIds.of(enterpriseId, "age-category/child"),
                serviceId, 0, 17, Map.of(lang, "Child"), Map.of(lang, "CH"), now, now, "Child", true, null));

        UUID groupId = CatalogueIds.of(enterpriseId, "rate-group/default");
        rates.insertGroup(tx.handle(), enterpriseId, new RateStore.RateGroup(groupId, serviceId, true, "Default", null), now);
        UUID baseRateId = CatalogueIds.of(enterpriseId, "rate/best-available");
        rates.insert(tx.handle(), new RateStore.StoredRate(rate(baseRateId, groupId, serviceId, null, true,
                "Best Available Rate", "BAR", lang, now), enterpriseId, BigDecimal.ZERO, BigDecimal.ZERO), now);
        UUID nonRefundableId = CatalogueIds.of(enterpriseId, "rate/non-refundable");
        rates.insert(tx.handle(), new RateStore.StoredRate(rate(nonRefundableId, groupId, serviceId, baseRateId, false,
                "Non-refundable", "NRF", lang, now), enterpriseId, NON_REFUNDABLE_ADJUSTMENT, BigDecimal.ZERO), now);

        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(enterprise.timeZoneIdentifier()));
        int ordering = 0;
        for (RoomType type : ROOM_TYPES) {
            UUID categoryId = CatalogueIds.of(enterpriseId, "resource-category/" + type.key());
            resources.insert(tx.handle(), new ResourceCategory(categoryId, enterpriseId, serviceId, true, "Room",
                    type.classification(), Map.of(lang, type.name()), Map.of(lang, type.shortName()),
                    Map.of(lang, type.description()), ordering++, type.capacity(), type.extraCapacity(), null, null), now);
            for (int number = 1; number <= ROOMS_PER_TYPE; number++) {
                String name = String.valueOf(type.floor() * 100 + number);
                UUID resourceId = CatalogueIds.of(enterpriseId, "resource/" + name);
                resources.insert(tx.handle(), new Resource(resourceId, enterpriseId, true, null, name,
                        initialState(number), none, now, now,
                        new Resource.Data("Space", new Resource.SpaceData(String.valueOf(type.floor()), null)),
                        none, none));
                resources.insert(tx.handle(), enterpriseId, new ResourceCategoryAssignment(
                        CatalogueIds.of(enterpriseId, "resource-category-assignment/" + name), true, resourceId,
                        categoryId, now, now));
            }
            rates.insertPrices(tx.handle(), baseRateId, categoryId, nightlyPrices(type.price(enterprise.currencyCode()),
                    today), now);
        }

        insertProducts(tx, enterprise, serviceId, lang, now);
        return new Result(serviceId);
    }

    /** Most rooms are ready; every third is clean but not yet inspected, and room x07 still needs cleaning. */
    private static String initialState(int number) {
        if (number == 7) {
            return "Dirty";
        }
        return number % 3 == 0 ? "Clean" : "Inspected";
    }

    /** Weekend nights (Friday and Saturday) cost 15% more, rounded to whole units. */
    private static Map<LocalDate, BigDecimal> nightlyPrices(BigDecimal weekday, LocalDate today) {
        BigDecimal weekend = weekday.multiply(new BigDecimal("1.15")).setScale(0, RoundingMode.HALF_UP);
        Map<LocalDate, BigDecimal> prices = new LinkedHashMap<>();
        for (LocalDate night = today.minusDays(PAST_NIGHTS); night.isBefore(today.plusDays(FUTURE_NIGHTS)); night = night.plusDays(1)) {
            boolean isWeekend = night.getDayOfWeek() == DayOfWeek.FRIDAY || night.getDayOfWeek() == DayOfWeek.SATURDAY;
            prices.put(night, isWeekend ? weekend : weekday);
        }
        return prices;
    }

    private static Rate rate(UUID id, UUID groupId, UUID serviceId, UUID baseRateId, boolean isDefault, String name,
                             String shortName, String lang, Instant now) {
        return new Rate(id, groupId, serviceId, baseRateId, baseRateId == null, null, true, true, true, isDefault,
                "Public", name, Map.of(lang, name), shortName, now, Map.of(lang, name), null, null, null, null);
    }

    private void insertProducts(Tx tx, Enterprise enterprise, UUID serviceId, String lang, Instant now) {
        TaxRate tax = TaxRate.of(enterprise);
        boolean usd = "USD".equals(enterprise.currencyCode());
        record Offer(String key, String name, String shortName, String description, String chargingMode,
                     String postingMode, boolean food, int gbp, int usd) {
        }
        List<Offer> offers = List.of(
                new Offer("breakfast", "Breakfast", "BRK", "Continental breakfast buffet, per guest and night.",
                        "PerPersonPerTimeUnit", "PerTimeUnit", true, 15, 19),
                new Offer("parking", "Parking", "PRK", "A space in the hotel garage, per night.",
                        "PerTimeUnit", "PerTimeUnit", false, 20, 35),
                new Offer("late-check-out", "Late check-out", "LCO", "Keep the room until 14:00 on the day of departure.",
                        "Once", "Once", false, 30, 40));
        int ordering = 0;
        for (Offer offer : offers) {
            BigDecimal price = BigDecimal.valueOf(usd ? offer.usd() : offer.gbp());
            Amount amount = Amount.of(price, enterprise.currencyCode(), enterprise.pricing(), tax);
            services.insert(tx.handle(), enterprise.id(), new Product(CatalogueIds.of(enterprise.id(), "product/" + offer.key()),
                    serviceId, null, null, true, false, offer.name(), Map.of(lang, offer.name()), offer.name(),
                    Map.of(lang, offer.name()), offer.shortName(), Map.of(lang, offer.shortName()), offer.description(),
                    Map.of(lang, offer.description()), offer.chargingMode(), offer.chargingMode(),
                    "Once".equals(offer.postingMode()) ? "Once" : "Daily", offer.postingMode(), new Service.Options(false),
                    new Service.Promotions(true, true, true, false, false, false),
                    new Product.Classifications(offer.food(), false, false, false, false), amount, List.of(),
                    ordering++, null, null, null, now, now,
                    "Once".equals(offer.postingMode()) ? "ServiceOrderStart" : "PostingTimeUnit"));
        }
    }
}
