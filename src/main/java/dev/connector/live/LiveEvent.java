package dev.connector.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened, as watchers of the live feed receive it: its place in this process's feed, its kind,
 * when, whom it concerns (each may be null or empty when it concerns nobody in particular) and the kind's details.
 *
 * @param id            increasing within one server process; a watcher that sees a gap was dropped meanwhile
 * @param atEpochMs     {@code atUtc} in milliseconds, for ordering and durations finer than a second
 * @param enterpriseIds the enterprises concerned; empty when none (e.g. an Integration Webhook)
 * @param data          the kind's own fields, written as a JSON object
 */
public record LiveEvent(long id, LiveKind kind, Instant atUtc, long atEpochMs, UUID applicationId, UUID integrationId,
                        List<UUID> enterpriseIds, Object data) {

    public LiveEvent {
        enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds);
    }
}
