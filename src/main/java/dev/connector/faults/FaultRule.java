package dev.connector.faults;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored fault rule, as the admin API shows it.
 *
 * @param remaining how many more times it applies; null when it has no Count
 * @param injected  how many times it has applied so far
 */
record FaultRule(UUID id, FaultTarget target, UUID applicationId, UUID enterpriseId, String operation,
                 FaultKind fault, Integer status, Integer delayMs, Integer count, Double probability,
                 Integer remaining, int injected, Instant createdUtc) {

    static FaultRule of(UUID id, NewFaultRule request, Instant now) {
        return new FaultRule(id, request.target(), request.applicationId(), request.enterpriseId(), request.operation(),
                request.fault(), request.status(), request.delayMs(), request.count(), request.probability(),
                request.count(), 0, now);
    }

    boolean exhausted() {
        return remaining != null && remaining <= 0;
    }

    /** The words every injected fault carries, so the delivery log and error messages lead back to the rule. */
    String named() {
        return "fault rule " + id;
    }
}
