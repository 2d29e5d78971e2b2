package dev.connector.enterprises;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The answer of {@code configuration/get}: server time, the enterprise, its bookable service (the document the
 * catalogue stored, or null) and whether identity document numbers are required.
 */
public record Configuration(
        Instant nowUtc,
        EnterpriseDetail enterprise,
        JsonNode service,
        PaymentCardStorage paymentCardStorage,
        boolean isIdentityDocumentNumberRequired) {

    /** Where payment cards are stored; this server keeps no card vault, so it is always null. */
    public record PaymentCardStorage(String publicKey) {
    }
}
