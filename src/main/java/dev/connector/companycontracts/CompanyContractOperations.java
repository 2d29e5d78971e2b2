package dev.connector.companycontracts;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.companies.Company;
import dev.connector.companies.CompanyStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code companyContracts/add|getAll|update|delete}: travel agency contracts between a company of the chain and a
 * service of one of the token's enterprises. The reference documents no event for them.
 */
public final class CompanyContractOperations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PERIOD = Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?");

    public record OptionsParameters(Boolean includeCancellationFeeInCommissionEstimate,
                                    Boolean skipAutomaticSettlement) {
    }

    public record ContractAdd(UUID serviceId, UUID companyId, Boolean commissionIncluded, BigDecimal commission,
                              UUID channelManagerBusinessSegmentId, BigDecimal channelManagerAbsoluteAdjustment,
                              BigDecimal channelManagerRelativeAdjustment, OptionsParameters options,
                              String accountingCode, String invoiceDueInterval, String contactPerson,
                              String contactEmail, String additionalContactInfo, String notes) {
    }

    public record Add(List<ContractAdd> travelAgencyContracts) {
        public Add {
            Require.notEmpty(travelAgencyContracts, "TravelAgencyContracts");
            Require.atMost(travelAgencyContracts, Limitation.MAX_COUNT, "TravelAgencyContracts");
            for (int i = 0; i < travelAgencyContracts.size(); i++) {
                ContractAdd sent = Require.present(travelAgencyContracts.get(i), "TravelAgencyContracts[" + i + "]");
                String field = "TravelAgencyContracts[" + i + "].";
                Require.present(sent.serviceId(), field + "ServiceId");
                Require.present(sent.companyId(), field + "CompanyId");
                commission(sent.commission(), field + "Commission");
                email(sent.contactEmail(), field + "ContactEmail");
                period(sent.invoiceDueInterval(), field + "InvoiceDueInterval");
            }
        }
    }

    public record GetAll(List<UUID> enterpriseIds, List<UUID> companyContractIds, List<UUID> companyIds,
                         List<UUID> serviceIds, TimeInterval updatedUtc, List<ActivityState> activityStates,
                         Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.notEmpty(serviceIds, "ServiceIds");
            Require.atMost(serviceIds, Limitation.MAX_COUNT, "ServiceIds");
            Require.atMost(enterpriseIds, Limitation.MAX_COUNT, "EnterpriseIds");
            Require.atMost(companyContractIds, Limitation.MAX_COUNT, "CompanyContractIds");
            Require.atMost(companyIds, Limitation.MAX_COUNT, "CompanyIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record OptionUpdates(UpdateValue<Boolean> includeCancellationFeeInCommissionEstimate,
                                UpdateValue<Boolean> skipAutomaticSettlement) {
    }

    public record ContractUpdate(UUID travelAgencyContractId, UpdateValue<Boolean> commissionIncluded,
                                 UpdateValue<BigDecimal> commission,
                                 UpdateValue<UUID> channelManagerBusinessSegmentId,
                                 UpdateValue<BigDecimal> channelManagerAbsoluteAdjustment,
                                 UpdateValue<BigDecimal> channelManagerRelativeAdjustment, OptionUpdates options,
                                 UpdateValue<String> accountingCode, UpdateValue<String> invoiceDueInterval,
                                 UpdateValue<String> contactPerson, UpdateValue<String> contactEmail,
                                 UpdateValue<String> additionalContactInfo, UpdateValue<String> notes) {
    }

    public record Update(List<ContractUpdate> travelAgencyContractUpdates) {
        public Update {
            Require.notEmpty(travelAgencyContractUpdates, "TravelAgencyContractUpdates");
            Require.atMost(travelAgencyContractUpdates, Limitation.MAX_COUNT, "TravelAgencyContractUpdates");
            for (int i = 0; i < travelAgencyContractUpdates.size(); i++) {
                ContractUpdate update = Require.present(travelAgencyContractUpdates.get(i),
                        "TravelAgencyContractUpdates[" + i + "]");
                String field = "TravelAgencyContractUpdates[" + i + "].";
                Require.present(update.travelAgencyContractId(), field + "TravelAgencyContractId");
                if (update.commission() != null) {
                    commission(update.commission().value(), field + "Commission.Value");
                }
                if (update.contactEmail() != null) {
                    email(update.contactEmail().value(), field + "ContactEmail.Value");
                }
                if (update.invoiceDueInterval() != null) {
                    period(update.invoiceDueInterval().value(), field + "InvoiceDueInterval.Value");
                }
                if (update.options() != null) {
                    required(update.options().includeCancellationFeeInCommissionEstimate(),
                            field + "Options.IncludeCancellationFeeInCommissionEstimate.Value");
                    required(update.options().skipAutomaticSettlement(), field + "Options.SkipAutomaticSettlement.Value");
                }
            }
        }
    }

    public record Delete(UUID enterpriseId, List<UUID> travelAgencyContractIds, List<UUID> serviceIds) {
        public Delete {
            Require.notEmpty(travelAgencyContractIds, "TravelAgencyContractIds");
            Require.atMost(travelAgencyContractIds, Limitation.MAX_COUNT, "TravelAgencyContractIds");
            Require.notEmpty(serviceIds, "ServiceIds");
            Require.atMost(serviceIds, Limitation.MAX_COUNT, "ServiceIds");
        }
    }

    public record Result(List<TravelAgencyContract> travelAgencyContracts, UUID cursor) {
    }

    private final Transactions transactions;
    private final CompanyContractStore store;
    private final CompanyStore companies;
    private final Supplier<UUID> newId;

    public CompanyContractOperations(Transactions transactions, CompanyContractStore store, CompanyStore companies,
                                     Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.companies = companies;
        this.newId = newId;
    }

    public Result add(Add request, Caller caller) {
        return transactions.write(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            List<TravelAgencyContract> added = new ArrayList<>();
            for (int i = 0; i < request.travelAgencyContracts().size(); i++) {
                ContractAdd sent = request.travelAgencyContracts().get(i);
                String field = "TravelAgencyContracts[" + i + "].";
                UUID enterpriseId = store.serviceEnterprise(tx.handle(), caller.enterpriseIds(), sent.serviceId())
                        .orElseThrow(() -> new Forbidden("The service " + sent.serviceId() + " (" + field
                                + "ServiceId) was not found."));
                companies.find(tx.handle(), caller.chainIds(), sent.companyId()).filter(Company::isActive)
                        .orElseThrow(() -> new Forbidden("The company " + sent.companyId() + " (" + field
                                + "CompanyId) was not found."));
                OptionsParameters options = sent.options();
                TravelAgencyContract contract = new TravelAgencyContract(newId.get(), sent.serviceId(),
                        sent.companyId(), true, sent.commissionIncluded(), sent.commission(),
                        sent.channelManagerAbsoluteAdjustment(), sent.channelManagerRelativeAdjustment(),
                        new TravelAgencyContract.Options(
                                options != null && Boolean.TRUE.equals(options.includeCancellationFeeInCommissionEstimate()),
                                options != null && Boolean.TRUE.equals(options.skipAutomaticSettlement())),
                        sent.accountingCode(), sent.invoiceDueInterval(), sent.channelManagerBusinessSegmentId(),
                        sent.contactPerson(), sent.contactEmail(), sent.additionalContactInfo(), sent.notes(), now,
                        now);
                store.insert(tx.handle(), enterpriseId, contract);
                added.add(contract);
            }
            return new Result(added, null);
        });
    }

    public Result getAll(GetAll request, Caller caller) {
        List<ActivityState> states = request.activityStates() == null || request.activityStates().isEmpty()
                ? List.of(ActivityState.Active) : request.activityStates();
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("service_id", request.serviceIds())
                .in("id", request.companyContractIds())
                .in("company_id", request.companyIds())
                .eq("is_active", ActivityState.isActive(states))
                .within("updated_utc", request.updatedUtc());
        Page<TravelAgencyContract> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }

    public Result update(Update request, Caller caller) {
        return transactions.write(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            List<TravelAgencyContract> updated = new ArrayList<>();
            for (int i = 0; i < request.travelAgencyContractUpdates().size(); i++) {
                ContractUpdate update = request.travelAgencyContractUpdates().get(i);
                TravelAgencyContract current = existing(tx, caller.enterpriseIds(), update.travelAgencyContractId(),
                        "TravelAgencyContractUpdates[" + i + "]");
                TravelAgencyContract.Options options = current.options();
                if (update.options() != null) {
                    options = new TravelAgencyContract.Options(
                            UpdateValue.apply(update.options().includeCancellationFeeInCommissionEstimate(),
                                    options.includeCancellationFeeInCommissionEstimate()),
                            UpdateValue.apply(update.options().skipAutomaticSettlement(),
                                    options.skipAutomaticSettlement()));
                }
                TravelAgencyContract contract = new TravelAgencyContract(current.id(), current.serviceId(),
                        current.companyId(), true,
                        UpdateValue.apply(update.commissionIncluded(), current.commissionIncluded()),
                        UpdateValue.apply(update.commission(), current.commission()),
                        UpdateValue.apply(update.channelManagerAbsoluteAdjustment(),
                                current.channelManagerAbsoluteAdjustment()),
                        UpdateValue.apply(update.channelManagerRelativeAdjustment(),
                                current.channelManagerRelativeAdjustment()),
                        options,
                        UpdateValue.apply(update.accountingCode(), current.accountingCode()),
                        UpdateValue.apply(update.invoiceDueInterval(), current.invoiceDueInterval()),
                        UpdateValue.apply(update.channelManagerBusinessSegmentId(),
                                current.channelManagerBusinessSegmentId()),
                        UpdateValue.apply(update.contactPerson(), current.contactPerson()),
                        UpdateValue.apply(update.contactEmail(), current.contactEmail()),
                        UpdateValue.apply(update.additionalContactInfo(), current.additionalContactInfo()),
                        UpdateValue.apply(update.notes(), current.notes()), current.createdUtc(), now);
                store.update(tx.handle(), contract);
                updated.add(contract);
            }
            return new Result(updated, null);
        });
    }

    public Object delete(Delete request, Caller caller) {
        List<UUID> enterprises = request.enterpriseId() == null ? caller.enterpriseIds()
                : List.of(caller.enterpriseId(request.enterpriseId()));
        return transactions.write(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            for (int i = 0; i < request.travelAgencyContractIds().size(); i++) {
                String field = "TravelAgencyContractIds[" + i + "]";
                TravelAgencyContract current = existing(tx, enterprises, request.travelAgencyContractIds().get(i),
                        field);
                if (!request.serviceIds().contains(current.serviceId())) {
                    throw new Forbidden("The contract " + current.id() + " (" + field
                            + ") does not belong to any of the ServiceIds.");
                }
                store.update(tx.handle(), new TravelAgencyContract(current.id(), current.serviceId(),
                        current.companyId(), false, current.commissionIncluded(), current.commission(),
                        current.channelManagerAbsoluteAdjustment(), current.channelManagerRelativeAdjustment(),
                        current.options(), current.accountingCode(), current.invoiceDueInterval(),
                        current.channelManagerBusinessSegmentId(), current.contactPerson(), current.contactEmail(),
                        current.additionalContactInfo(), current.notes(), current.createdUtc(), now));
            }
            return null;
        });
    }

    private TravelAgencyContract existing(Tx tx, List<UUID> enterprises, UUID id, String field) {
        return store.findActive(tx.handle(), enterprises, id)
                .orElseThrow(() -> new Forbidden("The travel agency contract " + id + " (" + field
                        + ") was not found."));
    }

    private static void commission(BigDecimal commission, String field) {
        if (commission != null && (commission.signum() < 0 || commission.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidRequest(field + " must be between 0 and 100, but was " + commission + ".");
        }
    }

    private static void email(String email, String field) {
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidRequest(field + " is not a valid email address.");
        }
    }

    private static void period(String value, String field) {
        if (value == null) {
            return;
        }
        try {
            Duration.parse(value);
        } catch (DateTimeParseException e) {
            if (!PERIOD.matcher(value).matches()) {
                throw new InvalidRequest(field + " must be an ISO 8601 duration such as P30D, but was " + value + ".");
            }
        }
    }

    private static void required(UpdateValue<Boolean> update, String field) {
        if (update != null && update.value() == null) {
            throw new InvalidRequest(field + " is required.");
        }
    }
}
