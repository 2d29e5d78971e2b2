package dev.connector.identitydocuments;

import java.time.LocalDate;
import java.util.UUID;

/** An identity document of a customer, as the API returns it (the 2024-10-25 shape). */
public record IdentityDocument(UUID id, UUID customerId, DocumentType type, String number, LocalDate expirationDate,
                               LocalDate issuanceDate, String issuingCountryCode, String issuingCity,
                               String identityDocumentSupportNumber) {

    /** The kinds of documents a hotel records. */
    public enum DocumentType {
        IdentityCard,
        Passport,
        Visa,
        DriversLicense
    }
}
