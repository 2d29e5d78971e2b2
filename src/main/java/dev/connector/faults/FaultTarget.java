package dev.connector.faults;

import java.util.EnumSet;
import java.util.Set;

/** What a fault rule disturbs, and the faults each target knows. */
enum FaultTarget {
    Api(EnumSet.of(FaultKind.Status, FaultKind.Delay)),
    Webhook(EnumSet.of(FaultKind.Delay, FaultKind.Timeout, FaultKind.Duplicate, FaultKind.Drop, FaultKind.Reorder)),
    WebSocket(EnumSet.of(FaultKind.Disconnect));

    private final Set<FaultKind> faults;

    FaultTarget(Set<FaultKind> faults) {
        this.faults = faults;
    }

    Set<FaultKind> faults() {
        return Set.copyOf(faults);
    }

    boolean allows(FaultKind fault) {
        return faults.contains(fault);
    }
}
