package dev.connector.rules;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.services.CatalogueIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two rules of each demo hotel's stay service: the non-refundable rate includes breakfast, and stays of three
 * nights or more in any category but the standard double get parking. Ids are {@code hotel.id("rule/1")} and
 * {@code /2}.
 */
final class RulesDemoSeed implements DemoSeed {

    private final RuleStore store;

    RulesDemoSeed(RuleStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        UUID enterpriseId = hotel.enterpriseId();
        Instant created = tx.now().minus(Duration.ofDays(45));
        UUID breakfastRule = hotel.id("rule/1");
        store.insert(tx.handle(), new Rule.Stored(enterpriseId, new Rule(breakfastRule, hotel.serviceId(),
                new Rule.Conditions(condition(CatalogueIds.of(enterpriseId, "rate/non-refundable")), null, null, null,
                        null, null, null, null, null), created, created),
                List.of(action(hotel, 1, breakfastRule, CatalogueIds.of(enterpriseId, "product/breakfast")))));
        UUID parkingRule = hotel.id("rule/2");
        Instant updated = created.plus(Duration.ofDays(10));
        store.insert(tx.handle(), new Rule.Stored(enterpriseId, new Rule(parkingRule, hotel.serviceId(),
                new Rule.Conditions(null, null, null, new Rule.Condition(CatalogueIds.of(enterpriseId,
                        "resource-category/standard-double").toString(), Rule.ConditionType.NotEquals), null, null,
                        null, 3, null), created, updated),
                List.of(action(hotel, 2, parkingRule, CatalogueIds.of(enterpriseId, "product/parking")))));
    }

    private static Rule.Condition condition(UUID id) {
        return new Rule.Condition(id.toString(), Rule.ConditionType.Equals);
    }

    private static Rule.Action action(DemoHotel hotel, int n, UUID ruleId, UUID productId) {
        return new Rule.Action(hotel.id("rule-action/" + n), ruleId,
                new Rule.ActionData("Product", new Rule.ProductData("Add", productId)));
    }
}
