package dev.connector.integrations;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal moves of an integration's lifecycle: each goes from one of a few states to one state and is told to
 * the partner with one Integration Webhook action. Deleted is final.
 */
public enum IntegrationTransition {
    ENABLE("enabled", IntegrationState.Enabled, IntegrationAction.IntegrationEnabled,
            EnumSet.of(IntegrationState.Disabled)),
    DISABLE("disabled", IntegrationState.Disabled, IntegrationAction.IntegrationDisabled,
            EnumSet.of(IntegrationState.Enabled)),
    CANCEL("canceled", IntegrationState.Canceled, IntegrationAction.IntegrationCanceled,
            EnumSet.of(IntegrationState.Enabled, IntegrationState.Disabled)),
    REINSTATE("reinstated", IntegrationState.Enabled, IntegrationAction.IntegrationReinstated,
            EnumSet.of(IntegrationState.Canceled)),
    DELETE("deleted", IntegrationState.Deleted, IntegrationAction.IntegrationDeleted,
            EnumSet.of(IntegrationState.Enabled, IntegrationState.Disabled, IntegrationState.Canceled));

    private final String pastTense;
    private final IntegrationState target;
    private final IntegrationAction action;
    private final Set<IntegrationState> allowedFrom;

    IntegrationTransition(String pastTense, IntegrationState target, IntegrationAction action,
                          Set<IntegrationState> allowedFrom) {
        this.pastTense = pastTense;
        this.target = target;
        this.action = action;
        this.allowedFrom = allowedFrom;
    }

    public IntegrationState target() {
        return target;
    }

    public IntegrationAction action() {
        return action;
    }

    public boolean allowedFrom(IntegrationState current) {
        return allowedFrom.contains(current);
    }

    /** Why this move is refused from {@code current}, in words an operator understands. */
    String refusal(IntegrationState current) {
        if (current == IntegrationState.Deleted) {
            return "The integration has been deleted and can no longer be changed.";
        }
        String from = allowedFrom.stream().map(state -> state.name().toLowerCase()).collect(Collectors.joining(" or "));
        return "Only a " + from + " integration can be " + pastTense + "; this one is "
                + current.name().toLowerCase() + ".";
    }
}
