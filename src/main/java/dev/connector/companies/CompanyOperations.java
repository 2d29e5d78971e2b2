package dev.connector.companies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.accounts.AccountType;
import dev.connector.addresses.AccountAddress;
import dev.connector.addresses.AddressStore;
import dev.connector.api.Forbidden;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.customers.ChainScope;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Company profiles of the chains the token reaches: {@code companies/getAll|add|update|delete}. Companies are
 * chain-level like customers; none of these changes has a webhook event in the reference.
 */
public final class CompanyOperations {

    /** Which time the deprecated StartUtc/EndUtc pair filters on. */
    public enum TimeFilter {
        Created,
        Updated
    }

    /**
     * Request of {@code companies/getAll}. The spec leaves Limitation optional here: without it the first 1000
     * companies are returned. The deprecated TimeFilter with StartUtc and EndUtc still works.
     */
    public record GetAll(List<UUID> chainIds, List<UUID> motherCompanyIds, TimeInterval createdUtc,
                         TimeInterval updatedUtc, TimeFilter timeFilter, Instant startUtc, Instant endUtc,
                         List<UUID> ids, List<String> externalIdentifiers, List<String> names,
                         List<ActivityState> activityStates, Limitation limitation) {
        public GetAll {
            Require.atMost(chainIds, Limitation.MAX_COUNT, "ChainIds");
            Require.atMost(motherCompanyIds, Limitation.MAX_COUNT, "MotherCompanyIds");
            Require.atMost(ids, Limitation.MAX_COUNT, "Ids");
            Require.atMost(externalIdentifiers, Limitation.MAX_COUNT, "ExternalIdentifiers");
            Require.atMost(names, Limitation.MAX_COUNT, "Names");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            if (timeFilter != null) {
                new TimeInterval(startUtc, endUtc).validate("StartUtc/EndUtc", TimeInterval.THREE_MONTHS);
            } else if (startUtc != null || endUtc != null) {
                throw new InvalidRequest("TimeFilter is required with StartUtc and EndUtc (or use CreatedUtc or UpdatedUtc).");
            }
        }

        /** CreatedUtc, or the deprecated pair when it filters on creation. */
        TimeInterval created() {
            return createdUtc == null && timeFilter == TimeFilter.Created ? new TimeInterval(startUtc, endUtc) : createdUtc;
        }

        TimeInterval updated() {
            return updatedUtc == null && timeFilter == TimeFilter.Updated ? new TimeInterval(startUtc, endUtc) : updatedUtc;
        }
    }

    public record Result(List<Company> companies, UUID cursor) {
    }

    /** Options of a new company; absent ones are false. */
    public record OptionsParameters(Boolean invoiceable, Boolean addFeesToInvoices,
                                    Boolean addTaxDeductedPaymentToInvoices) {
        Company.Options toOptions() {
            return new Company.Options(Boolean.TRUE.equals(invoiceable), Boolean.TRUE.equals(addFeesToInvoices),
                    Boolean.TRUE.equals(addTaxDeductedPaymentToInvoices));
        }
    }

    public record CreditRatingParameters(Company.Basic basic) {
    }

    /** An address sent with a new company. */
    public record AddressParameters(String line1, String line2, String city, String postalCode, String countryCode,
                                    String countrySubdivisionCode) {
    }

    /** Request of {@code companies/add}. */
    public record Add(UUID chainId, String name, UUID motherCompanyId, String invoicingEmail, String websiteUrl,
                      String invoiceDueInterval, OptionsParameters options, CreditRatingParameters creditRating,
                      String department, String dunsNumber, String referenceIdentifier, String accountingCode,
                      String additionalTaxIdentifier, String billingCode, String contact, String contactPerson,
                      String identifier, String iata, String notes, String taxIdentifier, String telephone,
                      AddressParameters address, String externalIdentifier) {
        public Add {
            Require.text(name, "Name");
            Require.present(options, "Options");
            Require.maxLength(externalIdentifier, 255, "ExternalIdentifier");
            new CompanyPatch().set("InvoicingEmail", invoicingEmail == null ? null : new UpdateValue<>(invoicingEmail),
                    "InvoicingEmail");
            CompanyPatch.duration(invoiceDueInterval, "InvoiceDueInterval");
        }
    }

    public record OptionUpdates(UpdateValue<Boolean> invoiceable, UpdateValue<Boolean> addFeesToInvoices,
                                UpdateValue<Boolean> addTaxDeductedPaymentToInvoices) {
    }

    public record CreditRatingUpdate(UpdateValue<Company.Basic> basic) {
    }

    /** Request of {@code companies/update}: each update value left out keeps its property. */
    public record Update(UUID chainId, UUID companyId, UpdateValue<String> name, UpdateValue<UUID> motherCompanyId,
                         UpdateValue<String> invoicingEmail, UpdateValue<String> websiteUrl,
                         UpdateValue<String> invoiceDueInterval, OptionUpdates options, CreditRatingUpdate creditRating,
                         UpdateValue<String> department, UpdateValue<String> dunsNumber,
                         UpdateValue<String> referenceIdentifier, UpdateValue<String> accountingCode,
                         UpdateValue<String> additionalTaxIdentifier, UpdateValue<String> billingCode,
                         UpdateValue<String> contact, UpdateValue<String> contactPerson, UpdateValue<String> identifier,
                         UpdateValue<String> iata, UpdateValue<String> notes, UpdateValue<String> taxIdentifier,
                         UpdateValue<String> telephone, UpdateValue<String> externalIdentifier) {
        public Update {
            Require.present(companyId, "CompanyId");
        }

        CompanyPatch patch() {
            CompanyPatch patch = new CompanyPatch()
                    .set("Name", name, "Name")
                    .set("MotherCompanyId", motherCompanyId, "MotherCompanyId")
                    .set("InvoicingEmail", invoicingEmail, "InvoicingEmail")
                    .set("WebsiteUrl", websiteUrl, "WebsiteUrl")
                    .set("InvoiceDueInterval", invoiceDueInterval, "InvoiceDueInterval")
                    .set("Department", department, "Department")
                    .set("DunsNumber", dunsNumber, "DunsNumber")
                    .set("ReferenceIdentifier", referenceIdentifier, "ReferenceIdentifier")
                    .set("AccountingCode", accountingCode, "AccountingCode")
                    .set("AdditionalTaxIdentifier", additionalTaxIdentifier, "AdditionalTaxIdentifier")
                    .set("BillingCode", billingCode, "BillingCode")
                    .set("Contact", contact, "Contact")
                    .set("ContactPerson", contactPerson, "ContactPerson")
                    .set("Identifier", identifier, "Identifier")
                    .set("Iata", iata, "Iata")
                    .set("Notes", notes, "Notes")
                    .set("TaxIdentifier", taxIdentifier, "TaxIdentifier")
                    .set("Telephone", telephone, "Telephone")
                    .set("ExternalIdentifier", externalIdentifier, "ExternalIdentifier");
            if (options != null) {
                patch.set("Options.Invoiceable", options.invoiceable(), "Options.Invoiceable")
                        .set("Options.AddFeesToInvoices", options.addFeesToInvoices(), "Options.AddFeesToInvoices")
                        .set("Options.AddTaxDeductedPaymentToInvoices", options.addTaxDeductedPaymentToInvoices(),
                                "Options.AddTaxDeductedPaymentToInvoices");
            }
            if (creditRating != null) {
                patch.set("CreditRating.Basic", creditRating.basic(), "CreditRating.Basic");
            }
            return patch;
        }
    }

    /** Request of {@code companies/delete}. */
    public record Delete(UUID chainId, List<UUID> companyIds) {
        public Delete {
            Require.notEmpty(companyIds, "CompanyIds");
            Require.atMost(companyIds, Limitation.MAX_COUNT, "CompanyIds");
        }
    }

    private final Transactions transactions;
    private final CompanyStore store;
    private final AddressStore addresses;
    private final ChainScope scope;
    private final ObjectMapper json;
    private final Supplier<UUID> newId;

    public CompanyOperations(Transactions transactions, CompanyStore store, AddressStore addresses, ChainScope scope,
                             ObjectMapper json, Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.addresses = addresses;
        this.scope = scope;
        this.json = json;
        this.newId = newId;
    }

    public Result add(Add request, Caller caller) {
        UUID chainId = scope.chainForNewCustomer(caller, request.chainId());
        return transactions.write(tx -> {
            if (request.motherCompanyId() != null) {
                existing(tx.handle(), List.of(chainId), request.motherCompanyId(), "MotherCompanyId");
            }
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            UUID id = newId.get();
            AccountAddress address = null;
            if (request.address() != null) {
                AddressParameters sent = request.address();
                address = new AccountAddress(newId.get(), id, chainId, AccountType.Company, sent.line1(), sent.line2(),
                        sent.city(), sent.postalCode(), sent.countryCode(), sent.countrySubdivisionCode(), null, null,
                        now, true);
                addresses.insert(tx.handle(), address);
            }
            Company.Basic basic = request.creditRating() == null || request.creditRating().basic() == null
                    ? Company.Basic.CreditOk : request.creditRating().basic();
            Company company = new Company(id, chainId, request.name().strip(), request.motherCompanyId(),
                    request.invoicingEmail(), request.websiteUrl(), request.invoiceDueInterval(),
                    request.options().toOptions(), new Company.CreditRating(basic), request.department(),
                    request.dunsNumber(), request.referenceIdentifier(), request.accountingCode(),
                    request.additionalTaxIdentifier(), request.billingCode(), request.contact(),
                    request.contactPerson(), null, request.identifier(), request.iata(), true, request.notes(),
                    store.nextNumber(tx.handle(), chainId), request.taxIdentifier(), request.telephone(), now, now,
                    address == null ? null : oldAddress(address), address == null ? null : address.id(), null,
                    request.taxIdentifier(), request.externalIdentifier());
            store.insert(tx.handle(), company);
            return new Result(List.of(company), null);
        });
    }

    public Result update(Update request, Caller caller) {
        List<UUID> chains = scope.chains(caller, request.chainId() == null ? null : List.of(request.chainId()));
        CompanyPatch patch = request.patch();
        return transactions.write(tx -> {
            Company current = existing(tx.handle(), chains, request.companyId(), "CompanyId");
            Company updated = update(tx.handle(), current, patch, tx.now());
            return new Result(List.of(updated), null);
        });
    }

    /** Applies a patch to a company of the chains and stores it; checks the mother company it names. */
    public Company update(Handle handle, Company current, CompanyPatch patch, Instant now) {
        UpdateValue<?> mother = patch.motherCompany();
        if (mother != null && mother.value() != null) {
            UUID motherId = UUID.fromString(String.valueOf(mother.value()));
            if (motherId.equals(current.id())) {
                throw new Forbidden("A company cannot be its own mother company.");
            }
            existing(handle, List.of(current.chainId()), motherId, "MotherCompanyId");
        }
        Company updated = patch.applyTo(current, now.truncatedTo(ChronoUnit.SECONDS), json);
        store.update(handle, updated);
        return updated;
    }

    public Object delete(Delete request, Caller caller) {
        List<UUID> chains = scope.chains(caller, request.chainId() == null ? null : List.of(request.chainId()));
        return transactions.write(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            for (UUID companyId : request.companyIds()) {
                Company current = existing(tx.handle(), chains, companyId, "CompanyIds");
                if (current.isActive()) {
                    ObjectNode node = json.valueToTree(current);
                    node.put("IsActive", false);
                    node.put("UpdatedUtc", now.toString());
                    store.update(tx.handle(), readCompany(node));
                }
            }
            return null;
        });
    }

    /** The deprecated Address object of a company: its address with id and coordinates. */
    public ObjectNode oldAddress(AccountAddress address) {
        ObjectNode node = json.createObjectNode();
        node.put("Id", address.id().toString());
        node.put("Line1", address.line1());
        node.put("Line2", address.line2());
        node.put("City", address.city());
        node.put("PostalCode", address.postalCode());
        node.put("CountryCode", address.countryCode());
        node.put("CountrySubdivisionCode", address.countrySubdivisionCode());
        node.put("Latitude", address.latitude());
        node.put("Longitude", address.longitude());
        return node;
    }

    private Company existing(Handle handle, List<UUID> chains, UUID companyId, String field) {
        return store.find(handle, chains, companyId)
                .orElseThrow(() -> new Forbidden("The company " + companyId + " (" + field + ") was not found."));
    }

    private Company readCompany(ObjectNode node) {
        try {
            return json.treeToValue(node, Company.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a company", e);
        }
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("chain_id", caller.chains(request.chainIds()))
                .in("id", request.ids())
                .in("mother_company_id", request.motherCompanyIds())
                .in("external_identifier", request.externalIdentifiers())
                .in("name", request.names())
                .eq("is_active", ActivityState.isActive(request.activityStates()))
                .within("created_utc", request.created())
                .within("updated_utc", request.updated());
        Limitation limitation = request.limitation() == null
                ? new Limitation(Limitation.MAX_COUNT, null) : request.limitation();
        Page<Company> page = transactions.read(handle -> store.page(handle, filter, limitation));
        return new Result(page.items(), page.cursor());
    }
}
