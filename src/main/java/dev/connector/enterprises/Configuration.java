package dev.connector.enterprises;

import com.fasterxml.jackson.databind.util.RawValue;
import java.time.Instant;

/**
 * The answer of {@code configuration/get}: server time, the enterprise (an {@link EnterpriseDetail} written out),
 * its bookable service (the document the catalogue stored, or null) and whether identity document numbers are
 * required.
 */
public record Configuration(
        Instant nowUtc,
        RawValue enterprise,
        RawValue service,
        PaymentCardStorage paymentCardStorage,
        boolean isIdentityDocumentNumberRequired) {

    /** Where payment cards are stored; this server keeps no card vault, so it is always null. */
    public record PaymentCardStorage(String publicKey) {
    }
}
