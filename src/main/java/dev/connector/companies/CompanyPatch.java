package dev.connector.companies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.InvalidRequest;
import dev.connector.api.UpdateValue;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The changes of one company update: properties of the Company record (by their API name, {@code Options.Invoiceable}
 * for nested ones) with their update values. Absent values leave the property as it is; checks name the field.
 */
public final class CompanyPatch {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final Map<String, UpdateValue<?>> changes = new LinkedHashMap<>();

    /** Adds the change of {@code property} (absent when {@code value} is null); {@code field} names it in errors. */
    public CompanyPatch set(String property, UpdateValue<?> value, String field) {
        if (value == null) {
            return this;
        }
        Object content = value.value();
        switch (property) {
            case "Name" -> {
                if (!(content instanceof String name) || name.isBlank()) {
                    throw new InvalidRequest(field + ".Value must not be empty: a company needs a name.");
                }
            }
            case "ExternalIdentifier" -> {
                if (content instanceof String text && text.length() > 255) {
                    throw new InvalidRequest(field + ".Value must not be longer than 255 characters.");
                }
            }
            case "InvoicingEmail" -> {
                if (content instanceof String email && !EMAIL.matcher(email).matches()) {
                    throw new InvalidRequest(field + ".Value is not a valid email address.");
                }
            }
            case "InvoiceDueInterval" -> duration(content, field + ".Value");
            case "Options.Invoiceable", "Options.AddFeesToInvoices", "Options.AddTaxDeductedPaymentToInvoices" -> {
                if (content == null) {
                    throw new InvalidRequest(field + ".Value is required.");
                }
            }
            default -> {
                if (content instanceof String text && text.length() > 1000) {
                    throw new InvalidRequest(field + ".Value must not be longer than 1000 characters.");
                }
            }
        }
        changes.put(property, value);
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The mother company this patch sets, when it changes it. */
    UpdateValue<?> motherCompany() {
        return changes.get("MotherCompanyId");
    }

    /** The company with every change applied, updated at {@code now}. */
    public Company applyTo(Company company, Instant now, ObjectMapper json) {
        ObjectNode node = json.valueToTree(company);
        changes.forEach((property, value) -> {
            int dot = property.indexOf('.');
            ObjectNode target = dot < 0 ? node : (ObjectNode) node.get(property.substring(0, dot));
            target.set(property.substring(dot + 1), json.valueToTree(value.value()));
        });
        node.set("TaxIdentificationNumber", node.get("TaxIdentifier"));
        node.put("UpdatedUtc", now.toString());
        try {
            return json.treeToValue(node, Company.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot apply an update to company " + company.id(), e);
        }
    }

    /** Checks an ISO 8601 duration such as P30D; null is allowed. */
    static void duration(Object value, String field) {
        if (value == null) {
            return;
        }
        try {
            Duration.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            if (!String.valueOf(value).matches("P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?")) {
                throw new InvalidRequest(field + " must be an ISO 8601 duration such as P30D, but was " + value + ".");
            }
        }
    }
}
