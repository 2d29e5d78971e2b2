package dev.connector.customers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Request bodies the customer tests share. */
final class CustomerRequests {

    private CustomerRequests() {
    }

    /** A getAll body for the given tokens with the full extent and a page of {@code count}. */
    static ObjectNode getAll(ApiClient.Tokens tokens, int count) {
        ObjectNode body = ApiClient.body(tokens);
        ObjectNode extent = body.putObject("Extent");
        extent.put("Customers", true);
        extent.put("Documents", false);
        extent.put("Addresses", true);
        body.putObject("Limitation").put("Count", count);
        return body;
    }

    /** A getAll body filtered by the last 90 days of updates. */
    static ObjectNode recentlyUpdated(ApiClient.Tokens tokens, int count) {
        ObjectNode body = getAll(tokens, count);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode interval = body.putObject("UpdatedUtc");
        interval.put("StartUtc", now.minus(90, ChronoUnit.DAYS).toString());
        interval.put("EndUtc", now.plus(1, ChronoUnit.DAYS).toString());
        return body;
    }

    /** An add body with just the required fields. */
    static ObjectNode add(ApiClient.Tokens tokens, String lastName) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("LastName", lastName);
        body.put("OverwriteExisting", false);
        return body;
    }

    /** An add body with most personal fields filled in. */
    static ObjectNode addFull(ApiClient.Tokens tokens, String firstName, String lastName, String email) {
        ObjectNode body = add(tokens, lastName);
        body.put("Title", "Misses");
        body.put("Sex", "Female");
        body.put("FirstName", firstName);
        body.put("NationalityCode", "IT");
        body.put("BirthDate", "1985-09-30");
        body.put("BirthPlace", "Pescara");
        body.put("Occupation", "Journalist");
        body.put("Email", email);
        body.put("Phone", "+39 06 555 5555");
        body.put("LoyaltyCode", "LOY555001");
        body.put("Notes", "Late check-in.");
        body.put("CarRegistrationNumber", "AA 111AA");
        body.put("DietaryRequirements", "Vegetarian");
        body.put("TaxIdentificationNumber", "ZGNZLR17U72P554F");
        body.put("ItalianFiscalCode", "ZGNZLR17U72P554F");
        ObjectNode address = body.putObject("Address");
        address.put("Line1", "Via Roma 12");
        address.put("City", "Pescara");
        address.put("PostalCode", "65122");
        address.put("CountryCode", "IT");
        address.put("CountrySubdivisionCode", "IT-65");
        body.putArray("Classifications").add("Media").add("Returning");
        body.putArray("Options").add("SendMarketingEmails");
        return body;
    }

    static ObjectNode update(ApiClient.Tokens tokens, String customerId) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("CustomerId", customerId);
        return body;
    }

    static ObjectNode search(ApiClient.Tokens tokens, String name) {
        ObjectNode body = ApiClient.body(tokens);
        if (name != null) {
            body.put("Name", name);
        }
        return body;
    }
}
