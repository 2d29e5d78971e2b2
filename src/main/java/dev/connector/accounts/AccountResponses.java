package dev.connector.accounts;

import dev.connector.companies.Company;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerClassification;
import dev.connector.customers.CustomerOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Account shapes {@code accounts/update} returns, built from the stored Customer and Company records. */
final class AccountResponses {

    private static final List<String> CUSTOMER_OPTIONS = List.of("SendMarketingEmails", "Invoiceable",
            "BillAddressObjection");
    static final List<String> COMPANY_CLASSIFICATIONS = List.of("Corporate", "Internal", "Private",
            "OnlineTravelAgency", "GlobalDistributionSystem", "Marketing", "Inactive", "GovernmentEntity");

    private AccountResponses() {
    }

    record Result(List<Account> accounts) {
    }

    record Account(UUID id, AccountType discriminator, CustomerAccount customer, CompanyAccount company) {
    }

    record LegalEntityIdentifiers(String itDestinationCode, String itFiscalCode) {
    }

    record CustomerAccount(UUID chainId, Instant createdUtc, Instant updatedUtc, UUID updaterProfileId, String email,
                           String taxIdentifier, String billingCode, String accountingCode, String notes,
                           String lastName, String firstName, String secondLastName, String birthPlace,
                           String telephone, String occupation, String carRegistrationNumber,
                           String dietaryRequirements, String loyaltyCode, String nationalityCode, UUID companyId,
                           Instant birthDate, String sex, String title, String preferredLanguageCode,
                           Map<String, Boolean> options, Map<String, Boolean> classifications,
                           LegalEntityIdentifiers legalEntityIdentifiers) {
    }

    record CompanyAccount(UUID chainId, Instant createdUtc, Instant updatedUtc, UUID updaterProfileId, String email,
                          String taxIdentifier, String billingCode, String accountingCode, String notes, String name,
                          UUID motherCompanyId, String websiteUrl, String invoiceDueInterval,
                          Company.Basic creditRatingBasic, String department, String dunsNumber, String referenceId,
                          String externalIdentifier, String additionalTaxIdentifier, String contact,
                          String contactPerson, String fiscalIdentifier, String iata, String telephone, UUID sourceId,
                          Map<String, Boolean> classifications, Map<String, Boolean> options) {
    }

    static Account of(Customer customer, UUID updater) {
        Map<String, Boolean> options = new LinkedHashMap<>();
        for (String option : CUSTOMER_OPTIONS) {
            options.put(option, customer.options().contains(CustomerOption.valueOf(option)));
        }
        Map<String, Boolean> classifications = new LinkedHashMap<>();
        for (CustomerClassification classification : CustomerClassification.values()) {
            classifications.put(classification.name(), customer.classifications().contains(classification));
        }
        return new Account(customer.id(), AccountType.Customer, new CustomerAccount(customer.chainId(),
                customer.createdUtc(), customer.updatedUtc(), updater, customer.email(),
                customer.taxIdentificationNumber(), customer.billingCode(), customer.accountingCode(),
                customer.notes(), customer.lastName(), customer.firstName(), customer.secondLastName(),
                customer.birthPlace(), customer.phone(), customer.occupation(), customer.carRegistrationNumber(),
                customer.dietaryRequirements(), customer.loyaltyCode(), customer.nationalityCode(),
                customer.companyId(),
                customer.birthDate() == null ? null : customer.birthDate().atStartOfDay(ZoneOffset.UTC).toInstant(),
                customer.sex() == null ? null : customer.sex().name(),
                customer.title() == null ? null : customer.title().name(), customer.preferredLanguageCode(), options,
                classifications,
                new LegalEntityIdentifiers(customer.italianDestinationCode(), customer.italianFiscalCode())), null);
    }

    static Account of(Company company, Collection<String> companyClassifications, UUID sourceId, UUID updater) {
        Map<String, Boolean> classifications = new LinkedHashMap<>();
        for (String classification : COMPANY_CLASSIFICATIONS) {
            classifications.put(classification, companyClassifications.contains(classification));
        }
        Map<String, Boolean> options = new LinkedHashMap<>();
        options.put("Invoiceable", company.options().invoiceable());
        options.put("AddFeesToInvoices", company.options().addFeesToInvoices());
        options.put("AddTaxDeductedPaymentToInvoices", company.options().addTaxDeductedPaymentToInvoices());
        return new Account(company.id(), AccountType.Company, null, new CompanyAccount(company.chainId(),
                company.createdUtc(), company.updatedUtc(), updater, company.invoicingEmail(),
                company.taxIdentifier(), company.billingCode(), company.accountingCode(), company.notes(),
                company.name(), company.motherCompanyId(), company.websiteUrl(), company.invoiceDueInterval(),
                company.creditRating().basic(), company.department(), company.dunsNumber(),
                company.referenceIdentifier(), company.externalIdentifier(), company.additionalTaxIdentifier(),
                company.contact(), company.contactPerson(), company.identifier(), company.iata(), company.telephone(),
                sourceId, classifications, options));
    }
}
