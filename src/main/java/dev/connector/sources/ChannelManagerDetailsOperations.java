package dev.connector.sources;

import dev.connector.api.Caller;
import dev.connector.api.Require;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The restricted reservations/getChannelManagerDetails: for reservations of the enterprises the token reaches, the
 * rate code a channel asked for (the rate's short name, else its external identifier or name), the channel's
 * confirmation number and the name of the reservation's primary source.
 */
public final class ChannelManagerDetailsOperations {

    public record GetDetails(List<UUID> reservationIds) {
        public GetDetails {
            RequestChecks.requiredList(reservationIds, "ReservationIds");
            Require.atMost(reservationIds, 100, "ReservationIds");
        }
    }

    public record ChannelManagerDetails(UUID reservationId, String requestedRateCode, String channelManagerName,
                                        String channelNumber, String channelManagerGroupNumber,
                                        String channelManagerNumber, Instant createdUtc) {
    }

    public record Result(List<ChannelManagerDetails> channelManagerDetails) {
    }

    private final Transactions transactions;
    private final SourceStore store;

    public ChannelManagerDetailsOperations(Transactions transactions, SourceStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    Result get(GetDetails request, Caller caller) {
        List<String> ids = request.reservationIds().stream().distinct().map(UUID::toString).toList();
        return transactions.read(handle -> {
            List<ChannelManagerDetails> details = new ArrayList<>();
            handle.createQuery("""
                            SELECT r.id, r.channel_number, r.number, r.created_utc, g.name AS group_name,
                                rt.doc AS rate_doc,
                                (SELECT s.doc FROM source_assignments a JOIN sources s ON s.id = a.source_id
                                 WHERE a.reservation_id = r.id AND a.is_primary = :primary) AS source_doc
                            FROM reservations r
                            JOIN rates rt ON rt.id = r.rate_id
                            JOIN reservation_groups g ON g.id = r.group_id
                            WHERE r.id IN (<ids>) AND r.enterprise_id IN (<enterprises>)
                            ORDER BY r.seq""")
                    .bindList("ids", ids)
                    .bindList("enterprises", caller.enterpriseIds().stream().map(UUID::toString).toList())
                    .bind("primary", true)
                    .map((rs, ctx) -> new ChannelManagerDetails(UUID.fromString(rs.getString("id")),
                            store.rateCode(rs.getString("rate_doc")), store.sourceName(rs.getString("source_doc")),
                            rs.getString("channel_number"), null, rs.getString("number"),
                            Instant.ofEpochMilli(rs.getLong("created_utc"))))
                    .forEach(details::add);
            return new Result(details);
        });
    }
}
