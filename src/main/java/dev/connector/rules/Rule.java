package dev.connector.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reservation rule of a service: when its conditions hold for a booking, its actions apply (e.g. a product is
 * added). As {@code rules/getAll} returns it; the stored document adds the actions.
 */
public record Rule(UUID id, UUID serviceId, Conditions conditions, Instant createdUtc, Instant updatedUtc) {

    /** Compared with Equals or NotEquals. */
    public enum ConditionType {
        Equals,
        NotEquals
    }

    /** One condition on a booking's value. */
    public record Condition(String value, ConditionType conditionType) {
    }

    /** What a booking must match; absent conditions always hold. */
    public record Conditions(Condition rateId, Condition rateGroupId, Condition businessSegmentId,
                             Condition resourceCategoryId, Condition resourceCategoryType, Condition origin,
                             Condition travelAgencyId, Integer minimumTimeUnitCount, Integer maximumTimeUnitCount) {
    }

    /** An action of a rule: adding a product to the reservation. */
    public record Action(UUID id, UUID ruleId, ActionData data) {
    }

    /** The action coproduct; only products exist. */
    public record ActionData(String discriminator, ProductData value) {
    }

    public record ProductData(String actionType, UUID productId) {
    }

    /** A rule with its actions, as stored. */
    public record Stored(UUID enterpriseId, Rule rule, List<Action> actions) {
    }
}
