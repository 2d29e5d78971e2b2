package dev.connector.websockets;

import java.util.Set;
import java.util.UUID;

/**
 * What one socket may receive: the events of its integration's enterprises, of the kinds the integration chose,
 * and device commands only when they belong to that integration. Immutable; replaced when a recheck finds changes.
 */
record Audience(UUID integrationId, Set<UUID> enterpriseIds, Set<EventKind> kinds) {

    Audience {
        enterpriseIds = Set.copyOf(enterpriseIds);
        kinds = Set.copyOf(kinds);
    }

    boolean sees(RoutedEvent event) {
        return kinds.contains(event.kind())
                && event.enterpriseId() != null
                && enterpriseIds.contains(event.enterpriseId())
                && (event.onlyFor() == null || event.onlyFor().equals(integrationId));
    }
}
