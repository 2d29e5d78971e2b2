package dev.connector.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as the API returns it. The spec requires ClosedUtc as text and describes it as the task's last update:
 * an open task carries its last update time there, a closed one the time it was closed.
 */
public record Task(UUID id, UUID enterpriseId, String name, State state, String description, UUID departmentId,
                   UUID serviceOrderId, Instant createdUtc, Instant deadlineUtc, Instant closedUtc) {

    public enum State {
        Open,
        Closed
    }
}
