package dev.connector.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The request of {@code accounts/update}: one update per account, customer or company, each field an update value. */
public record AccountUpdate(UUID chainId, List<Item> accountUpdates) {

    public AccountUpdate {
        Require.notEmpty(accountUpdates, "AccountUpdates");
        Require.atMost(accountUpdates, Limitation.MAX_COUNT, "AccountUpdates");
        for (int i = 0; i < accountUpdates.size(); i++) {
            Item item = Require.present(accountUpdates.get(i), "AccountUpdates[" + i + "]");
            String field = "AccountUpdates[" + i + "]";
            Require.present(item.id(), field + ".Id");
            Require.present(item.discriminator(), field + ".Discriminator");
            if (item.discriminator() == AccountType.Customer && item.customer() == null) {
                throw new InvalidRequest(field + ".Customer is required when Discriminator is Customer.");
            }
            if (item.discriminator() == AccountType.Company && item.company() == null) {
                throw new InvalidRequest(field + ".Company is required when Discriminator is Company.");
            }
        }
    }

    /** One account's update; Customer or Company as the discriminator says. */
    public record Item(UUID id, AccountType discriminator, CustomerFields customer, CompanyFields company) {
    }

    public record CustomerOptions(UpdateValue<Boolean> sendMarketingEmails, UpdateValue<Boolean> invoiceable,
                                  UpdateValue<Boolean> billAddressObjection) {
        Map<String, UpdateValue<Boolean>> byName() {
            Map<String, UpdateValue<Boolean>> values = new LinkedHashMap<>();
            values.put("SendMarketingEmails", sendMarketingEmails);
            values.put("Invoiceable", invoiceable);
            values.put("BillAddressObjection", billAddressObjection);
            return values;
        }
    }

    public record CustomerClassifications(UpdateValue<Boolean> paymasterAccount, UpdateValue<Boolean> blacklist,
                                          UpdateValue<Boolean> media, UpdateValue<Boolean> loyaltyProgram,
                                          UpdateValue<Boolean> previousComplaint, UpdateValue<Boolean> returning,
                                          UpdateValue<Boolean> staff, UpdateValue<Boolean> friendOrFamily,
                                          UpdateValue<Boolean> topManagement, UpdateValue<Boolean> important,
                                          UpdateValue<Boolean> veryImportant, UpdateValue<Boolean> problematic,
                                          UpdateValue<Boolean> cashlist, UpdateValue<Boolean> disabledPerson,
                                          UpdateValue<Boolean> military, UpdateValue<Boolean> airline,
                                          UpdateValue<Boolean> healthCompliant, UpdateValue<Boolean> inRoom,
                                          UpdateValue<Boolean> waitingForRoom, UpdateValue<Boolean> student) {
        Map<String, UpdateValue<Boolean>> byName() {
            Map<String, UpdateValue<Boolean>> values = new LinkedHashMap<>();
            values.put("PaymasterAccount", paymasterAccount);
            values.put("Blacklist", blacklist);
            values.put("Media", media);
            values.put("LoyaltyProgram", loyaltyProgram);
            values.put("PreviousComplaint", previousComplaint);
            values.put("Returning", returning);
            values.put("Staff", staff);
            values.put("FriendOrFamily", friendOrFamily);
            values.put("TopManagement", topManagement);
            values.put("Important", important);
            values.put("VeryImportant", veryImportant);
            values.put("Problematic", problematic);
            values.put("Cashlist", cashlist);
            values.put("DisabledPerson", disabledPerson);
            values.put("Military", military);
            values.put("Airline", airline);
            values.put("HealthCompliant", healthCompliant);
            values.put("InRoom", inRoom);
            values.put("WaitingForRoom", waitingForRoom);
            values.put("Student", student);
            return values;
        }
    }

    public record LegalEntityIdentifiers(UpdateValue<String> itDestinationCode, UpdateValue<String> itFiscalCode) {
    }

    /** Customer fields; each left out (null) keeps its value, {@code {"Value": null}} clears it. */
    public record CustomerFields(UpdateValue<String> email, UpdateValue<String> taxIdentifier,
                                 UpdateValue<String> billingCode, UpdateValue<String> accountingCode,
                                 UpdateValue<String> notes, UpdateValue<String> lastName,
                                 UpdateValue<String> firstName, UpdateValue<String> secondLastName,
                                 UpdateValue<String> birthPlace, UpdateValue<String> telephone,
                                 UpdateValue<String> occupation, UpdateValue<String> carRegistrationNumber,
                                 UpdateValue<String> dietaryRequirements, UpdateValue<String> loyaltyCode,
                                 UpdateValue<String> nationalityCode, UpdateValue<UUID> companyId,
                                 UpdateValue<String> birthDate, UpdateValue<String> sex, UpdateValue<String> title,
                                 UpdateValue<String> preferredLanguageCode, CustomerOptions options,
                                 CustomerClassifications classifications,
                                 LegalEntityIdentifiers legalEntityIdentifiers) {
    }

    public record CompanyClassifications(UpdateValue<Boolean> corporate, UpdateValue<Boolean> internal,
                                         @JsonProperty("Private") UpdateValue<Boolean> privateClassification,
                                         UpdateValue<Boolean> onlineTravelAgency,
                                         UpdateValue<Boolean> globalDistributionSystem,
                                         UpdateValue<Boolean> marketing, UpdateValue<Boolean> inactive,
                                         UpdateValue<Boolean> governmentEntity) {
        Map<String, UpdateValue<Boolean>> byName() {
            Map<String, UpdateValue<Boolean>> values = new LinkedHashMap<>();
            values.put("Corporate", corporate);
            values.put("Internal", internal);
            values.put("Private", privateClassification);
            values.put("OnlineTravelAgency", onlineTravelAgency);
            values.put("GlobalDistributionSystem", globalDistributionSystem);
            values.put("Marketing", marketing);
            values.put("Inactive", inactive);
            values.put("GovernmentEntity", governmentEntity);
            return values;
        }
    }

    public record CompanyOptions(UpdateValue<Boolean> invoiceable, UpdateValue<Boolean> addFeesToInvoices,
                                 UpdateValue<Boolean> addTaxDeductedPaymentToInvoices) {
    }

    /** Company fields; each left out (null) keeps its value, {@code {"Value": null}} clears it. */
    public record CompanyFields(UpdateValue<String> email, UpdateValue<String> taxIdentifier,
                                UpdateValue<String> billingCode, UpdateValue<String> accountingCode,
                                UpdateValue<String> notes, UpdateValue<String> name,
                                UpdateValue<UUID> motherCompanyId, UpdateValue<String> websiteUrl,
                                UpdateValue<String> invoiceDueInterval, CompanyClassifications classifications,
                                CompanyOptions options, UpdateValue<String> creditRatingBasic,
                                UpdateValue<String> department, UpdateValue<String> dunsNumber,
                                UpdateValue<String> referenceId, UpdateValue<String> externalIdentifier,
                                UpdateValue<String> additionalTaxIdentifier, UpdateValue<String> contact,
                                UpdateValue<String> contactPerson, UpdateValue<String> fiscalIdentifier,
                                UpdateValue<String> iata, UpdateValue<String> telephone, UpdateValue<UUID> sourceId) {
    }
}
