package dev.connector.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.UpdateValue;
import dev.connector.companies.Company;
import dev.connector.companies.CompanyOperations;
import dev.connector.companies.CompanyPatch;
import dev.connector.companies.CompanyStore;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.customers.Sex;
import dev.connector.customers.Title;
import dev.connector.events.DomainEvent.CustomerUpdated;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code accounts/update}: changes customers and companies field by field with update values. Each updated
 * customer emits CustomerUpdated; companies have no event.
 */
public final class AccountOperations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Transactions transactions;
    private final AccountDirectory directory;
    private final CustomerStore customers;
    private final CompanyStore companies;
    private final CompanyOperations companyOperations;
    private final ObjectMapper json;

    public AccountOperations(Transactions transactions, AccountDirectory directory, CustomerStore customers,
                             CompanyStore companies, CompanyOperations companyOperations, ObjectMapper json) {
        this.transactions = transactions;
        this.directory = directory;
        this.customers = customers;
        this.companies = companies;
        this.companyOperations = companyOperations;
        this.json = json;
    }

    public AccountResponses.Result update(AccountUpdate request, Caller caller) {
        List<UUID> chains = directory.chains(caller, request.chainId());
        return transactions.write(tx -> {
            List<AccountResponses.Account> accounts = new ArrayList<>();
            for (int i = 0; i < request.accountUpdates().size(); i++) {
                AccountUpdate.Item item = request.accountUpdates().get(i);
                String field = "AccountUpdates[" + i + "]";
                accounts.add(switch (item.discriminator()) {
                    case Customer -> updateCustomer(tx, caller, chains, item.id(), item.customer(), field);
                    case Company -> updateCompany(tx, caller, chains, item.id(), item.company(), field);
                });
            }
            return new AccountResponses.Result(accounts);
        });
    }

    private AccountResponses.Account updateCustomer(Tx tx, Caller caller, List<UUID> chains, UUID id,
                                                    AccountUpdate.CustomerFields fields, String field) {
        Customer current = customers.find(tx.handle(), chains, id).filter(Customer::isActive)
                .orElseThrow(() -> new Forbidden("The customer " + id + " (" + field + ".Id) was not found."));
        String prefix = field + ".Customer.";
        ObjectNode node = json.valueToTree(current);
        text(node, "Email", fields.email(), prefix + "Email");
        text(node, "TaxIdentificationNumber", fields.taxIdentifier(), prefix + "TaxIdentifier");
        text(node, "BillingCode", fields.billingCode(), prefix + "BillingCode");
        text(node, "AccountingCode", fields.accountingCode(), prefix + "AccountingCode");
        text(node, "Notes", fields.notes(), prefix + "Notes");
        text(node, "LastName", fields.lastName(), prefix + "LastName");
        text(node, "FirstName", fields.firstName(), prefix + "FirstName");
        text(node, "SecondLastName", fields.secondLastName(), prefix + "SecondLastName");
        text(node, "BirthPlace", fields.birthPlace(), prefix + "BirthPlace");
        text(node, "Phone", fields.telephone(), prefix + "Telephone");
        text(node, "Occupation", fields.occupation(), prefix + "Occupation");
        text(node, "CarRegistrationNumber", fields.carRegistrationNumber(), prefix + "CarRegistrationNumber");
        text(node, "DietaryRequirements", fields.dietaryRequirements(), prefix + "DietaryRequirements");
        text(node, "LoyaltyCode", fields.loyaltyCode(), prefix + "LoyaltyCode");
        text(node, "NationalityCode", fields.nationalityCode(), prefix + "NationalityCode");
        text(node, "BirthDate", fields.birthDate(), prefix + "BirthDate");
        text(node, "Sex", fields.sex(), prefix + "Sex");
        text(node, "Title", fields.title(), prefix + "Title");
        text(node, "PreferredLanguageCode", fields.preferredLanguageCode(), prefix + "PreferredLanguageCode");
        if (fields.preferredLanguageCode() != null && fields.preferredLanguageCode().value() != null) {
            node.put("LanguageCode", fields.preferredLanguageCode().value());
        }
        if (fields.legalEntityIdentifiers() != null) {
            text(node, "ItalianDestinationCode", fields.legalEntityIdentifiers().itDestinationCode(),
                    prefix + "LegalEntityIdentifiers.ItDestinationCode");
            text(node, "ItalianFiscalCode", fields.legalEntityIdentifiers().itFiscalCode(),
                    prefix + "LegalEntityIdentifiers.ItFiscalCode");
        }
        if (fields.companyId() != null) {
            UUID companyId = fields.companyId().value();
            if (companyId != null && companies.find(tx.handle(), List.of(current.chainId()), companyId)
                    .filter(Company::isActive).isEmpty()) {
                throw new Forbidden("The company " + companyId + " (" + prefix + "CompanyId) was not found.");
            }
            node.put("CompanyId", companyId == null ? null : companyId.toString());
        }
        if (fields.options() != null) {
            flags(node, "Options", fields.options().byName(), prefix + "Options.");
        }
        if (fields.classifications() != null) {
            flags(node, "Classifications", fields.classifications().byName(), prefix + "Classifications.");
        }
        node.put("UpdatedUtc", tx.now().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("UpdaterProfileId", caller.integrationId().toString());
        Customer updated = directory.read(node, Customer.class);
        checkCustomer(tx, current, updated, prefix);
        if (updated.email() == null || updated.email().equalsIgnoreCase(String.valueOf(current.email()))) {
            customers.update(tx.handle(), updated);
        } else if (!customers.updateWithNewEmail(tx.handle(), updated)) {
            // Taken by a concurrent writer after the check: the unique index decides.
            throw new Forbidden("Another customer already uses the email " + updated.email() + ".");
        }
        tx.emit(new CustomerUpdated(directory.acting(tx.handle(), caller, updated.chainId()), updated.id()));
        return AccountResponses.of(updated, caller.integrationId());
    }

    private void checkCustomer(Tx tx, Customer current, Customer updated, String prefix) {
        if (updated.lastName() == null || updated.lastName().isBlank()) {
            throw new InvalidRequest(prefix + "LastName.Value must not be empty: a customer needs a last name.");
        }
        String email = updated.email();
        if (email != null && !email.equalsIgnoreCase(String.valueOf(current.email()))) {
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidRequest(prefix + "Email.Value is not a valid email address.");
            }
            if (customers.activeWithEmail(tx.handle(), current.chainId(), email, current.id()).isPresent()) {
                throw new Forbidden("Another customer already uses the email " + email + ".");
            }
        }
    }

    private AccountResponses.Account updateCompany(Tx tx, Caller caller, List<UUID> chains, UUID id,
                                                   AccountUpdate.CompanyFields fields, String field) {
        Company current = companies.find(tx.handle(), chains, id).filter(Company::isActive)
                .orElseThrow(() -> new Forbidden("The company " + id + " (" + field + ".Id) was not found."));
        String prefix = field + ".Company.";
        CompanyPatch patch = new CompanyPatch()
                .set("InvoicingEmail", fields.email(), prefix + "Email")
                .set("TaxIdentifier", fields.taxIdentifier(), prefix + "TaxIdentifier")
                .set("BillingCode", fields.billingCode(), prefix + "BillingCode")
                .set("AccountingCode", fields.accountingCode(), prefix + "AccountingCode")
                .set("Notes", fields.notes(), prefix + "Notes")
                .set("Name", fields.name(), prefix + "Name")
                .set("MotherCompanyId", fields.motherCompanyId(), prefix + "MotherCompanyId")
                .set("WebsiteUrl", fields.websiteUrl(), prefix + "WebsiteUrl")
                .set("InvoiceDueInterval", fields.invoiceDueInterval(), prefix + "InvoiceDueInterval")
                .set("Department", fields.department(), prefix + "Department")
                .set("DunsNumber", fields.dunsNumber(), prefix + "DunsNumber")
                .set("ReferenceIdentifier", fields.referenceId(), prefix + "ReferenceId")
                .set("ExternalIdentifier", fields.externalIdentifier(), prefix + "ExternalIdentifier")
                .set("AdditionalTaxIdentifier", fields.additionalTaxIdentifier(), prefix + "AdditionalTaxIdentifier")
                .set("Contact", fields.contact(), prefix + "Contact")
                .set("ContactPerson", fields.contactPerson(), prefix + "ContactPerson")
                .set("Identifier", fields.fiscalIdentifier(), prefix + "FiscalIdentifier")
                .set("Iata", fields.iata(), prefix + "Iata")
                .set("Telephone", fields.telephone(), prefix + "Telephone");
        if (fields.creditRatingBasic() != null) {
            patch.set("CreditRating.Basic", new UpdateValue<>(creditRating(fields.creditRatingBasic().value(),
                    prefix + "CreditRatingBasic.Value")), prefix + "CreditRatingBasic");
        }
        if (fields.options() != null) {
            patch.set("Options.Invoiceable", fields.options().invoiceable(), prefix + "Options.Invoiceable")
                    .set("Options.AddFeesToInvoices", fields.options().addFeesToInvoices(),
                            prefix + "Options.AddFeesToInvoices")
                    .set("Options.AddTaxDeductedPaymentToInvoices",
                            fields.options().addTaxDeductedPaymentToInvoices(),
                            prefix + "Options.AddTaxDeductedPaymentToInvoices");
        }
        Company updated = companyOperations.update(tx.handle(), current, patch, tx.now());
        CompanyStore.Extras extras = companies.extras(tx.handle(), id);
        Set<String> classifications = new LinkedHashSet<>(extras.classifications());
        if (fields.classifications() != null) {
            fields.classifications().byName().forEach((name, value) -> {
                if (value != null) {
                    if (value.value() == null) {
                        throw new InvalidRequest(prefix + "Classifications." + name + ".Value is required.");
                    }
                    if (value.value()) {
                        classifications.add(name);
                    } else {
                        classifications.remove(name);
                    }
                }
            });
        }
        UUID sourceId = UpdateValue.apply(fields.sourceId(), extras.sourceId());
        companies.setExtras(tx.handle(), id, new CompanyStore.Extras(List.copyOf(classifications), sourceId));
        return AccountResponses.of(updated, classifications, sourceId, caller.integrationId());
    }

    private static Company.Basic creditRating(String value, String field) {
        if (value == null) {
            throw new InvalidRequest(field + " is required.");
        }
        try {
            return Company.Basic.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field + " must be one of CreditOk, PaymentRequiredUpfront, LocalDecisionRequired.");
        }
    }

    /** Sets a text property of a customer from an update value, checking the values that have a format. */
    private static void text(ObjectNode node, String property, UpdateValue<String> update, String field) {
        if (update == null) {
            return;
        }
        String value = update.value() == null || update.value().isBlank() ? null : update.value().strip();
        if (value != null && value.length() > 1000) {
            throw new InvalidRequest(field + ".Value must not be longer than 1000 characters.");
        }
        switch (property) {
            case "NationalityCode" -> {
                if (value != null && !COUNTRIES.contains(value)) {
                    throw new InvalidRequest(field + ".Value must be an ISO 3166-1 alpha-2 country code.");
                }
            }
            case "BirthDate" -> value = value == null ? null : date(value, field);
            case "Sex" -> value = value == null ? null : enumValue(Sex.class, value, field);
            case "Title" -> value = value == null ? null : enumValue(Title.class, value, field);
            default -> {
            }
        }
        node.put(property, value);
    }

    private static String date(String value, String field) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + ".Value must be a date such as 1985-04-23, but was " + value + ".");
        }
    }

    private static <E extends Enum<E>> String enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field + ".Value is not a valid " + type.getSimpleName() + ": " + value + ".");
        }
    }

    /** Adds or removes the named flags of a list property (Options, Classifications) as their update values say. */
    private static void flags(ObjectNode node, String property, Map<String, UpdateValue<Boolean>> updates,
                              String field) {
        Set<String> values = new LinkedHashSet<>();
        node.withArray(property).forEach(value -> values.add(value.asText()));
        updates.forEach((name, update) -> {
            if (update == null) {
                return;
            }
            if (update.value() == null) {
                throw new InvalidRequest(field + name + ".Value is required.");
            }
            if (update.value()) {
                values.add(name);
            } else {
                values.remove(name);
            }
        });
        ArrayNode array = node.putArray(property);
        values.forEach(array::add);
    }
}
