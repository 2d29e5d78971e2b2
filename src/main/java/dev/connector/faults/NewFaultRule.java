package dev.connector.faults;

import dev.connector.api.InvalidRequest;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /admin/v1/sandbox/faults}, checked where it enters: each problem is a 400 naming the
 * field. Without {@code Count} or {@code Probability} a rule applies every time until it is removed.
 */
record NewFaultRule(FaultTarget target, UUID applicationId, UUID enterpriseId, String operation, FaultKind fault,
                    Integer status, Integer delayMs, Integer count, Double probability) {

    static final List<Integer> STATUSES = List.of(429, 500, 503, 408);
    static final int MAX_DELAY_MS = 60_000;

    NewFaultRule {
        if (target == null) {
            throw new InvalidRequest("Target is required: Api, Webhook or WebSocket.");
        }
        if (fault == null) {
            throw new InvalidRequest("Fault is required; for " + target + " rules: " + allowed(target) + ".");
        }
        if (!target.allows(fault)) {
            throw new InvalidRequest("Fault " + fault + " does not apply to " + target + " rules; allowed: "
                    + allowed(target) + ".");
        }
        if (operation != null && target != FaultTarget.Api) {
            throw new InvalidRequest("Operation applies only to Api rules.");
        }
        if (operation != null && operation.isBlank()) {
            throw new InvalidRequest("Operation must be an API operation's path, such as reservations/getAll/2023-06-06.");
        }
        if (fault == FaultKind.Status) {
            if (status == null || !STATUSES.contains(status)) {
                throw new InvalidRequest("Status is required for a Status fault and must be one of " + STATUSES + ".");
            }
        } else if (status != null) {
            throw new InvalidRequest("Status applies only to Status faults.");
        }
        if (fault == FaultKind.Delay) {
            if (delayMs == null || delayMs < 1 || delayMs > MAX_DELAY_MS) {
                throw new InvalidRequest("DelayMs is required for a Delay fault: milliseconds from 1 to " + MAX_DELAY_MS + ".");
            }
        } else if (delayMs != null) {
            throw new InvalidRequest("DelayMs applies only to Delay faults.");
        }
        if (count != null && probability != null) {
            throw new InvalidRequest("Count and Probability cannot be combined: a rule applies a number of times, "
                    + "or with a probability each time.");
        }
        if (count != null && count < 1) {
            throw new InvalidRequest("Count must be at least 1.");
        }
        if (probability != null && (probability.isNaN() || probability < 0 || probability > 1)) {
            throw new InvalidRequest("Probability must be between 0 and 1.");
        }
        operation = operation == null ? null : operation.trim();
    }

    private static String allowed(FaultTarget target) {
        return String.join(", ", target.faults().stream().sorted().map(Enum::name).toList());
    }
}
