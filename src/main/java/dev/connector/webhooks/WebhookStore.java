package dev.connector.webhooks;

import dev.connector.events.GeneralEventKind;
import dev.connector.store.Columns;
import dev.connector.store.Dialect;
import dev.connector.store.Filter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** SQL of the webhook tables: endpoints, event selections, the routing position, messages, attempts and nodes. */
final class WebhookStore {

    /** An integration that a General Webhook event of an enterprise may go to, with its event selection (null = all). */
    record Route(UUID integrationId, UUID applicationId, UUID enterpriseId, Set<GeneralEventKind> selection) {

        boolean wants(GeneralEventKind kind) {
            return selection == null || selection.contains(kind);
        }
    }

    /** The name of the lock held by the one node routing outbox events at a time ("webhook" in ASCII). */
    private static final long ROUTING_LOCK = 0x776562686f6f6bL;

    private static final String MESSAGE_COLUMNS = """
            id, kind, application_id, integration_id, enterprise_id, body, event_count, attempts_in_cycle, committed_utc""";

    private final Dialect dialect;

    WebhookStore(Dialect dialect) {
        this.dialect = dialect;
    }

    // ---- endpoints and selections ----

    Optional<WebhookEndpoint> endpoint(Handle handle, UUID applicationId) {
        return handle.createQuery("""
                        SELECT application_id, general_url, integration_url, token, signing_secret, previous_signing_secret,
                               previous_secret_expires_utc, updated_utc
                        FROM webhook_endpoints WHERE application_id = :id""")
                .bind("id", applicationId.toString())
                .map((rs, ctx) -> new WebhookEndpoint(
                        UUID.fromString(rs.getString("application_id")),
                        rs.getString("general_url"),
                        rs.getString("integration_url"),
                        rs.getString("token"),
                        secret(rs.getString("signing_secret")),
                        secret(rs.getString("previous_signing_secret")),
                        instant(rs, "previous_secret_expires_utc"),
                        instant(rs, "updated_utc")))
                .findOne();
    }

    void saveEndpoint(Handle handle, WebhookEndpoint endpoint) {
        handle.createUpdate("""
                        INSERT INTO webhook_endpoints (application_id, general_url, integration_url, token, signing_secret,
                                                       previous_signing_secret, previous_secret_expires_utc, updated_utc)
                        VALUES (:id, :general, :integration, :token, :secret, :previous, :previousExpires, :updated)
                        ON CONFLICT (application_id) DO UPDATE SET
                            general_url = excluded.general_url,
                            integration_url = excluded.integration_url,
                            token = excluded.token,
                            signing_secret = excluded.signing_secret,
                            previous_signing_secret = excluded.previous_signing_secret,
                            previous_secret_expires_utc = excluded.previous_secret_expires_utc,
                            updated_utc = excluded.updated_utc""")
                .bind("id", endpoint.applicationId().toString())
                .bind("general", endpoint.generalUrl())
                .bind("integration", endpoint.integrationUrl())
                .bind("token", endpoint.token())
                .bind("secret", endpoint.signingSecret() == null ? null : endpoint.signingSecret().text())
                .bind("previous", endpoint.previousSecret() == null ? null : endpoint.previousSecret().text())
                .bind("previousExpires", (Long) Filter.storable(endpoint.previousSecretExpiresUtc()))
                .bind("updated", endpoint.updatedUtc().toEpochMilli())
                .execute();
    }

    /** The integration's chosen General Webhook events, or empty when it never chose (then it gets all). */
    Optional<Set<GeneralEventKind>> selection(Handle handle, UUID integrationId) {
        return handle.createQuery("SELECT events FROM webhook_event_selections WHERE integration_id = :id")
                .bind("id", integrationId.toString())
                .map((rs, ctx) -> GeneralEvents.fromStored(rs.getString(1)))
                .findOne();
    }

    void saveSelection(Handle handle, UUID integrationId, Set<GeneralEventKind> events, Instant now) {
        handle.createUpdate("""
                        INSERT INTO webhook_event_selections (integration_id, events, updated_utc) VALUES (:id, :events, :now)
                        ON CONFLICT (integration_id) DO UPDATE SET events = excluded.events, updated_utc = excluded.updated_utc""")
                .bind("id", integrationId.toString())
                .bind("events", GeneralEvents.stored(events))
                .bind("now", now.toEpochMilli())
                .execute();
    }

    // ---- routing ----

    /**
     * Locks the routing position and returns it; empty when another node holds the lock (it is routing right now).
     * The lock is not the position's row: a row lock would give the routing transaction its id at once on
     * PostgreSQL, and every event committed by a later transaction would then wait for the routing to end.
     */
    Optional<Long> lockPosition(Handle handle) {
        if (!dialect.tryLockUntilCommit(handle, ROUTING_LOCK)) {
            return Optional.empty();
        }
        return Optional.of(position(handle));
    }

    /**
     * Lets a routing transaction commit without waiting for the disk: its messages are only sent after a claim,
     * whose commit does wait and so brings this one to the disk with it. A routing lost in a crash is done again.
     */
    void routeWithoutWaitingForDisk(Handle handle) {
        dialect.commitWithoutWaitingForDisk(handle);
    }

    void savePosition(Handle handle, long position) {
        handle.createUpdate("UPDATE webhook_positions SET position = :position WHERE name = 'outbox'")
                .bind("position", position)
                .execute();
    }

    long position(Handle handle) {
        return handle.createQuery("SELECT position FROM webhook_positions WHERE name = 'outbox'").mapTo(Long.class).one();
    }

    /** Enabled integrations reaching any of the enterprises, whose application has a General Webhook URL. */
    List<Route> generalRoutes(Handle handle, Collection<UUID> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        SELECT i.id, i.application_id, ie.enterprise_id, s.events
                        FROM integrations i
                        JOIN integration_enterprises ie ON ie.integration_id = i.id
                        JOIN webhook_endpoints w ON w.application_id = i.application_id
                        LEFT JOIN webhook_event_selections s ON s.integration_id = i.id
                        WHERE i.state = 'Enabled' AND w.general_url IS NOT NULL AND ie.enterprise_id IN (<enterprises>)
                        ORDER BY i.seq""")
                .bindList("enterprises", enterpriseIds.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> new Route(
                        UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)),
                        UUID.fromString(rs.getString(3)),
                        rs.getString(4) == null ? null : GeneralEvents.fromStored(rs.getString(4))))
                .list();
    }

    /** Of the given applications, those with an Integration Webhook URL. */
    Set<UUID> withIntegrationUrl(Handle handle, Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(handle.createQuery("""
                        SELECT application_id FROM webhook_endpoints
                        WHERE integration_url IS NOT NULL AND application_id IN (<applications>)""")
                .bindList("applications", applicationIds.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .list());
    }

    void insertMessages(Handle handle, List<NewMessage> messages, Instant now) {
        if (messages.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO webhook_messages (id, kind, application_id, integration_id, enterprise_id, state, body,
                                              event_count, attempts_in_cycle, next_attempt_utc, committed_utc, created_utc)
                VALUES (:id, :kind, :application, :integration, :enterprise, 'Pending', :body, :events, 0, :now,
                        :committed, :now)""");
        for (NewMessage message : messages) {
            batch.bind("id", message.id().toString())
                    .bind("kind", message.kind().name())
                    .bind("application", message.applicationId().toString())
                    .bind("integration", Columns.text(message.integrationId()))
                    .bind("enterprise", Columns.text(message.enterpriseId()))
                    .bind("body", message.body())
                    .bind("events", message.eventCount())
                    .bind("now", now.toEpochMilli())
                    .bind("committed", message.committedUtc().toEpochMilli())
                    .add();
        }
        batch.execute();
    }

    // ---- delivery ----

    /** A claimed message with the keys that order its application's queue. */
    private record DueMessage(WebhookMessage message, long nextAttemptUtc, long seq) {
        static final Comparator<DueMessage> ORDER = Comparator.comparingLong(DueMessage::nextAttemptUtc)
                .thenComparingLong(DueMessage::seq);
    }

    /**
     * Claimed messages, with the current endpoint of each application they belong to; {@code backlogged}: some
     * application had more due than it had room for, so more is due already.
     */
    record Claim(List<WebhookMessage> messages, Map<UUID, WebhookEndpoint> endpoints, boolean backlogged) {
    }

    /**
     * Claims due messages for {@code nodeId}: unclaimed ones, or ones claimed by a node whose heartbeat is older
     * than {@code aliveSince}; per application at most {@code room} says (applications it does not name get
     * {@code defaultRoom}), oldest due first, and at most {@code limit} in all. Concurrent claimers skip each
     * other's locked rows. Each application's due messages are read from its own index range, so a long backlog
     * of one receiver costs nothing to the others' claims.
     */
    Claim claimDue(Handle handle, String nodeId, Instant now, Instant aliveSince, Map<UUID, Integer> room,
                   int defaultRoom, int limit) {
        List<WebhookMessage> claimed = new ArrayList<>();
        boolean backlogged = false;
        for (UUID applicationId : applicationsWithPending(handle)) {
            int wanted = Math.min(room.getOrDefault(applicationId, defaultRoom), limit - claimed.size());
            if (wanted <= 0) {
                continue;
            }
            // One statement picks and marks the messages; RETURNING gives no order, so they are put back in theirs.
            List<DueMessage> due = handle.createQuery("UPDATE webhook_messages SET claimed_by = :node WHERE id IN ("
                            + "SELECT id FROM webhook_messages"
                            + " WHERE application_id = :application AND next_attempt_utc IS NOT NULL"
                            + " AND next_attempt_utc <= :now AND (claimed_by IS NULL OR (claimed_by <> :node"
                            + " AND claimed_by NOT IN (SELECT n.id FROM webhook_nodes n WHERE n.heartbeat_utc >= :aliveSince)))"
                            + " ORDER BY next_attempt_utc, seq LIMIT :limit" + dialect.skipLocked() + ")"
                            + " RETURNING " + MESSAGE_COLUMNS + ", next_attempt_utc, seq")
                    .bind("application", applicationId.toString())
                    .bind("now", now.toEpochMilli())
                    .bind("node", nodeId)
                    .bind("aliveSince", aliveSince.toEpochMilli())
                    .bind("limit", wanted)
                    .map((rs, ctx) -> new DueMessage(message(rs), rs.getLong("next_attempt_utc"), rs.getLong("seq")))
                    .list();
            due.stream().sorted(DueMessage.ORDER).map(DueMessage::message).forEach(claimed::add);
            backlogged |= due.size() == wanted;
        }
        if (claimed.isEmpty()) {
            return new Claim(claimed, Map.of(), false);
        }
        Map<UUID, WebhookEndpoint> endpoints = claimed.stream().map(WebhookMessage::applicationId).distinct()
                .collect(Collectors.toMap(id -> id, id -> endpoint(handle, id).orElse(WebhookEndpoint.none(id))));
        return new Claim(claimed, endpoints, backlogged);
    }

    /**
     * The applications that have messages still to be sent (due or not), found by hopping from one application to
     * the next in the pending index: one probe per application rather than a scan of every waiting message.
     */
    List<UUID> applicationsWithPending(Handle handle) {
        return handle.createQuery("""
                        WITH RECURSIVE pending (application_id) AS (
                            SELECT MIN(application_id) FROM webhook_messages WHERE next_attempt_utc IS NOT NULL
                            UNION ALL
                            SELECT (SELECT MIN(m.application_id) FROM webhook_messages m
                                    WHERE m.next_attempt_utc IS NOT NULL AND m.application_id > p.application_id)
                            FROM pending p WHERE p.application_id IS NOT NULL
                        )
                        SELECT application_id FROM pending WHERE application_id IS NOT NULL""")
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /**
     * When the next unclaimed message falls due after {@code now}, if any. What is due already was just claimed or
     * waits for room that a finishing request announces; starting the index range after {@code now} also steps over
     * the entries that delivered messages leave behind until PostgreSQL vacuums them, which during a drained backlog
     * made this probe cost more than the claims themselves.
     */
    Optional<Instant> nextDueAfter(Handle handle, Instant now) {
        Long next = handle.createQuery("SELECT MIN(next_attempt_utc) FROM webhook_messages"
                        + " WHERE next_attempt_utc > :now AND claimed_by IS NULL")
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .one();
        return Optional.ofNullable(next).map(Instant::ofEpochMilli);
    }

    /** Where one message goes after an attempt: its new state, attempt count and next or delivered time. */
    record Finish(UUID messageId, MessageState state, int attemptsInCycle, Instant nextAttemptUtc,
                  Instant deliveredUtc) {
    }

    void insertAttempts(Handle handle, List<AttemptRecord> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO webhook_attempts (message_id, node_id, started_utc, status_code, duration_ms, error)
                VALUES (:message, :node, :started, :status, :duration, :error)""");
        for (AttemptRecord attempt : attempts) {
            batch.bind("message", attempt.messageId().toString())
                    .bind("node", attempt.nodeId())
                    .bind("started", attempt.startedUtc().toEpochMilli())
                    .bind("status", attempt.statusCode())
                    .bind("duration", attempt.durationMs())
                    .bind("error", attempt.error())
                    .add();
        }
        batch.execute();
    }

    /**
     * Stores where messages are after their attempts and gives up the claims; only the claiming node may (a node
     * that lost its claim to another one leaves the state to that node). Says, per message, whether the claim
     * was still held.
     */
    boolean[] finishAttempts(Handle handle, String nodeId, List<Finish> finishes) {
        boolean[] held = new boolean[finishes.size()];
        if (finishes.isEmpty()) {
            return held;
        }
        PreparedBatch batch = handle.prepareBatch("""
                UPDATE webhook_messages
                SET state = :state, attempts_in_cycle = :attempts, next_attempt_utc = :next, claimed_by = NULL,
                    delivered_utc = COALESCE(:delivered, delivered_utc)
                WHERE id = :id AND claimed_by = :node""");
        for (Finish finish : finishes) {
            batch.bind("state", finish.state().name())
                    .bind("attempts", finish.attemptsInCycle())
                    .bind("next", (Long) Filter.storable(finish.nextAttemptUtc()))
                    .bind("delivered", (Long) Filter.storable(finish.deliveredUtc()))
                    .bind("id", finish.messageId().toString())
                    .bind("node", nodeId)
                    .add();
        }
        int[] counts = batch.execute();
        for (int i = 0; i < counts.length; i++) {
            held[i] = counts[i] == 1;
        }
        return held;
    }

    void releaseClaims(Handle handle, String nodeId, Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        handle.createUpdate("UPDATE webhook_messages SET claimed_by = NULL WHERE claimed_by = :node AND id IN (<ids>)")
                .bind("node", nodeId)
                .bindList("ids", messageIds.stream().map(UUID::toString).toList())
                .execute();
    }

    void releaseAllClaims(Handle handle, String nodeId) {
        handle.createUpdate("UPDATE webhook_messages SET claimed_by = NULL WHERE claimed_by = :node")
                .bind("node", nodeId)
                .execute();
    }

    void heartbeat(Handle handle, String nodeId, Instant now) {
        handle.createUpdate("""
                        INSERT INTO webhook_nodes (id, heartbeat_utc) VALUES (:id, :now)
                        ON CONFLICT (id) DO UPDATE SET heartbeat_utc = excluded.heartbeat_utc""")
                .bind("id", nodeId)
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** Removes this node, and nodes silent since long before {@code forgetBefore} (their claims are already taken over). */
    void removeNodes(Handle handle, String nodeId, Instant forgetBefore) {
        handle.createUpdate("DELETE FROM webhook_nodes WHERE id = :id OR heartbeat_utc < :before")
                .bind("id", nodeId)
                .bind("before", forgetBefore.toEpochMilli())
                .execute();
    }

    /** Messages still to be sent (Pending or Failed). */
    long queueDepth(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM webhook_messages WHERE next_attempt_utc IS NOT NULL")
                .mapTo(Long.class)
                .one();
    }

    // ---- delivery log and replay ----

    /** Deletes Delivered and Abandoned messages created before {@code before}, with their attempts; returns how many. */
    int prune(Handle handle, Instant before) {
        String finished = "SELECT id FROM webhook_messages WHERE next_attempt_utc IS NULL AND created_utc < :before";
        handle.createUpdate("DELETE FROM webhook_attempts WHERE message_id IN (" + finished + ")")
                .bind("before", before.toEpochMilli())
                .execute();
        return handle.createUpdate("DELETE FROM webhook_messages WHERE next_attempt_utc IS NULL AND created_utc < :before")
                .bind("before", before.toEpochMilli())
                .execute();
    }

    /** The seq of a message, for paging after it; empty when there is no such message. */
    Optional<Long> seqOf(Handle handle, UUID messageId) {
        return handle.createQuery("SELECT seq FROM webhook_messages WHERE id = :id")
                .bind("id", messageId.toString())
                .mapTo(Long.class)
                .findOne();
    }

    /** Messages matching {@code filter}, newest first, older than {@code beforeSeq} when given. */
    List<WebhookMessageLog.Entry> log(Handle handle, Filter filter, Long beforeSeq, int limit) {
        String sql = "SELECT seq, id, kind, application_id, integration_id, enterprise_id, state, body, created_utc, "
                + "next_attempt_utc FROM webhook_messages WHERE " + filter.conditions()
                + (beforeSeq == null ? "" : " AND seq < :beforeSeq") + " ORDER BY seq DESC LIMIT :limit";
        Query query = filter.bind(handle.createQuery(sql)).bind("limit", limit);
        if (beforeSeq != null) {
            query.bind("beforeSeq", beforeSeq);
        }
        List<WebhookMessageLog.Entry> entries = query.map((rs, ctx) -> {
                    MessageKind kind = MessageKind.valueOf(rs.getString("kind"));
                    String body = rs.getString("body");
                    return new WebhookMessageLog.Entry(
                            UUID.fromString(rs.getString("id")),
                            kind,
                            UUID.fromString(rs.getString("application_id")),
                            Columns.uuid(rs.getString("integration_id")),
                            Columns.uuid(rs.getString("enterprise_id")),
                            MessageState.valueOf(rs.getString("state")),
                            Instant.ofEpochMilli(rs.getLong("created_utc")),
                            instant(rs, "next_attempt_utc"),
                            WebhookMessageLog.eventTypes(kind, body),
                            body,
                            new ArrayList<>());
                })
                .list();
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, WebhookMessageLog.Entry> byId = new java.util.HashMap<>();
        entries.forEach(entry -> byId.put(entry.id(), entry));
        handle.createQuery("""
                        SELECT message_id, started_utc, status_code, duration_ms, error FROM webhook_attempts
                        WHERE message_id IN (<ids>) ORDER BY seq""")
                .bindList("ids", entries.stream().map(entry -> entry.id().toString()).toList())
                .map((rs, ctx) -> {
                    int status = rs.getInt("status_code");
                    Integer statusCode = rs.wasNull() ? null : status;
                    byId.get(UUID.fromString(rs.getString("message_id"))).attempts().add(new WebhookMessageLog.Attempt(
                            Instant.ofEpochMilli(rs.getLong("started_utc")), statusCode, rs.getLong("duration_ms"),
                            rs.getString("error")));
                    return 0;
                })
                .list();
        return entries;
    }

    /** Starts a new attempt cycle for a Delivered or Abandoned message; false when it is in another state. */
    boolean replay(Handle handle, UUID messageId, Instant now) {
        return handle.createUpdate("""
                        UPDATE webhook_messages
                        SET state = 'Pending', attempts_in_cycle = 0, next_attempt_utc = :now, claimed_by = NULL
                        WHERE id = :id AND state IN ('Delivered', 'Abandoned')""")
                .bind("now", now.toEpochMilli())
                .bind("id", messageId.toString())
                .execute() == 1;
    }

    /** Starts a new attempt cycle for every Abandoned message created since {@code since}, of one application or all. */
    int replayAbandoned(Handle handle, UUID applicationId, Instant since, Instant now) {
        Filter filter = Filter.where()
                .eq("state", MessageState.Abandoned)
                .eq("application_id", applicationId)
                .sql("created_utc >= :since", Map.of("since", since));
        return filter.bind(handle.createUpdate("UPDATE webhook_messages"
                        + " SET state = 'Pending', attempts_in_cycle = 0, next_attempt_utc = :now, claimed_by = NULL"
                        + " WHERE " + filter.conditions()))
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /**
     * Starts a new attempt cycle for every Delivered or Abandoned message matching {@code filter} (the others are
     * still being sent); returns how many.
     */
    int replayMatching(Handle handle, Filter filter, Instant now) {
        return filter.bind(handle.createUpdate("UPDATE webhook_messages"
                        + " SET state = 'Pending', attempts_in_cycle = 0, next_attempt_utc = :now, claimed_by = NULL"
                        + " WHERE state IN ('Delivered', 'Abandoned') AND " + filter.conditions()))
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** How many messages the log holds in each state (states without any are left out). */
    Map<MessageState, Long> countsByState(Handle handle) {
        Map<MessageState, Long> counts = new java.util.EnumMap<>(MessageState.class);
        handle.createQuery("SELECT state, COUNT(*) FROM webhook_messages GROUP BY state")
                .map((rs, ctx) -> Map.entry(MessageState.valueOf(rs.getString(1)), rs.getLong(2)))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Server processes whose heartbeat is at or after {@code aliveSince}. */
    int aliveNodes(Handle handle, Instant aliveSince) {
        return handle.createQuery("SELECT COUNT(*) FROM webhook_nodes WHERE heartbeat_utc >= :since")
                .bind("since", aliveSince.toEpochMilli())
                .mapTo(Integer.class)
                .one();
    }

    private static WebhookMessage message(ResultSet rs) throws SQLException {
        return new WebhookMessage(
                UUID.fromString(rs.getString("id")),
                MessageKind.valueOf(rs.getString("kind")),
                UUID.fromString(rs.getString("application_id")),
                Columns.uuid(rs.getString("integration_id")),
                Columns.uuid(rs.getString("enterprise_id")),
                rs.getString("body"),
                rs.getInt("event_count"),
                rs.getInt("attempts_in_cycle"),
                Instant.ofEpochMilli(rs.getLong("committed_utc")));
    }

    private static SigningSecret secret(String text) {
        return text == null ? null : new SigningSecret(text);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
