package dev.connector.websockets;

import java.util.Set;
import java.util.UUID;

/**
 * Where the sandbox's fault rules close sockets: consulted before events are handed to a live socket, it may ask
 * for the socket to be closed with 1012 (Service Restart) instead, so that the client reconnects and resumes from
 * its last Cursor. {@link #NONE} never does. Called on the hub's thread: it must be quick when no rule applies.
 */
public interface SocketFaults {

    /** Never closes a socket. */
    SocketFaults NONE = (integrationId, enterpriseIds) -> null;

    /** The close reason's text (naming the rule) when the socket of this integration is to be closed, else null. */
    String restartBeforeSending(UUID integrationId, Set<UUID> enterpriseIds);
}
