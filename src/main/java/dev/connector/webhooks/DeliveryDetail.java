package dev.connector.webhooks;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One message of the delivery log in full ({@code GET /admin/v1/webhook-messages/{id}}): where it goes, the body,
 * and every attempt with the headers it carried. Headers are not stored; they are computed again from the message
 * id, the attempt's start (the {@code webhook-timestamp} is its second) and the application's signing secrets as
 * they are now, so a signature of an attempt made before a secret rotation shows what the current secrets sign.
 *
 * @param url     the registered URL the message goes to (without the {@code Token} query), null when none
 * @param headers what the last attempt sent, or what an attempt would send now when none was made yet
 */
record DeliveryDetail(UUID id, MessageKind kind, UUID applicationId, UUID integrationId, UUID enterpriseId,
                      MessageState state, Instant createdUtc, Instant nextAttemptUtc, List<String> eventTypes,
                      String url, @JsonRawValue String body, Map<String, String> headers, List<Attempt> attempts) {

    /** One request: when it started, the status (null when none came), how long it took, what failed, its headers. */
    record Attempt(int number, Instant startedUtc, Integer statusCode, long durationMs, String error,
                   Map<String, String> headers) {
    }

    static DeliveryDetail of(WebhookMessageLog.Entry entry, WebhookEndpoint endpoint, Instant now) {
        List<WebhookMessageLog.Attempt> made = entry.attempts();
        List<Attempt> attempts = new java.util.ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            WebhookMessageLog.Attempt attempt = made.get(i);
            attempts.add(new Attempt(i + 1, attempt.startedUtc(), attempt.statusCode(), attempt.durationMs(),
                    attempt.error(), headers(entry, endpoint, attempt.startedUtc())));
        }
        Map<String, String> latest = attempts.isEmpty() ? headers(entry, endpoint, now) : attempts.getLast().headers();
        return new DeliveryDetail(entry.id(), entry.kind(), entry.applicationId(), entry.integrationId(),
                entry.enterpriseId(), entry.state(), entry.createdUtc(), entry.nextAttemptUtc(), entry.eventTypes(),
                endpoint.urlFor(entry.kind()), entry.body(), latest, attempts);
    }

    /** The headers of a request started at {@code at}, as the dispatcher writes them. */
    static Map<String, String> headers(WebhookMessageLog.Entry entry, WebhookEndpoint endpoint, Instant at) {
        Map<String, String> headers = new LinkedHashMap<>();
        String id = entry.id().toString();
        long timestamp = at.getEpochSecond();
        headers.put("content-type", "application/json");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        List<SigningSecret> secrets = endpoint.activeSecrets(at);
        if (!secrets.isEmpty()) {
            headers.put("webhook-signature", WebhookSigner.signatureHeader(secrets, id, timestamp,
                    entry.body().getBytes(StandardCharsets.UTF_8)));
        }
        return headers;
    }
}
