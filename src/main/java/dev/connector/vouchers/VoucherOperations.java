package dev.connector.vouchers;

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
import dev.connector.rates.Rate;
import dev.connector.rates.RateStore;
import dev.connector.services.Catalogue;
import dev.connector.services.RequestChecks;
import dev.connector.services.ServiceStore;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@code vouchers/add|getAll|update|delete}: vouchers give access to rates of a service, for everyone or for one
 * company or travel agency. Vouchers have no events in the reference, so none are written.
 */
public final class VoucherOperations {

    private static final int MAX_ITEMS = 1000;
    private static final int MAX_RATES = 10;

    public record VoucherParameters(UUID serviceId, String name, Voucher.Type type, UUID companyId,
                                    List<UUID> assignedRateIds, Instant occupiableIntervalStartUtc,
                                    Instant occupiableIntervalEndUtc, String externalIdentifier) {
    }

    public record Add(UUID enterpriseId, List<VoucherParameters> voucherParameters) {
        public Add {
            Require.notEmpty(voucherParameters, "VoucherParameters");
            Require.atMost(voucherParameters, MAX_ITEMS, "VoucherParameters");
            for (int i = 0; i < voucherParameters.size(); i++) {
                String at = "VoucherParameters[" + i + "]";
                VoucherParameters voucher = Require.present(voucherParameters.get(i), at);
                Require.present(voucher.serviceId(), at + ".ServiceId");
                Require.maxLength(Require.text(voucher.name(), at + ".Name"), 128, at + ".Name");
                Require.present(voucher.type(), at + ".Type");
                Require.atMost(voucher.assignedRateIds(), MAX_RATES, at + ".AssignedRateIds");
                Require.maxLength(voucher.externalIdentifier(), 255, at + ".ExternalIdentifier");
            }
        }
    }

    public record WriteResult(List<Voucher> vouchers) {
    }

    public record Extent(Boolean vouchers, Boolean voucherCodes, Boolean voucherAssignments, Boolean companies,
                         Boolean rates) {
    }

    public record GetAll(Limitation limitation, List<UUID> enterpriseIds, Extent extent, List<UUID> serviceIds,
                         List<UUID> voucherIds, List<UUID> companyIds, List<String> voucherCodeValues,
                         List<ActivityState> activityStates, TimeInterval updatedUtc,
                         List<String> externalIdentifiers) {
        public GetAll {
            Limitation.required(limitation);
            Require.present(extent, "Extent");
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            RequestChecks.optionalList(voucherIds, "VoucherIds");
            RequestChecks.optionalList(companyIds, "CompanyIds");
            RequestChecks.optionalList(voucherCodeValues, "VoucherCodeValues");
            RequestChecks.optionalList(externalIdentifiers, "ExternalIdentifiers");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record VoucherAssignment(UUID voucherId, UUID rateId) {
    }

    /** A rate as vouchers/getAll returns it with Extent.Rates: the rate without its pricing. */
    public record RateForExtent(UUID id, UUID groupId, UUID serviceId, UUID baseRateId, boolean isBaseRate,
                                UUID businessSegmentId, boolean isActive, boolean isEnabled, boolean isPublic,
                                String type, String name, Map<String, String> names, String shortName,
                                Instant updatedUtc, Map<String, String> externalNames,
                                Map<String, String> description, String externalIdentifier) {

        static RateForExtent of(Rate rate) {
            return new RateForExtent(rate.id(), rate.groupId(), rate.serviceId(), rate.baseRateId(),
                    rate.isBaseRate(), rate.businessSegmentId(), rate.isActive(), rate.isEnabled(), rate.isPublic(),
                    rate.type(), rate.name(), rate.names(), rate.shortName(), rate.updatedUtc(), rate.externalNames(),
                    rate.description(), rate.externalIdentifier());
        }
    }

    public record GetAllResult(List<Voucher> vouchers, List<VoucherCode> voucherCodes,
                               List<VoucherAssignment> voucherAssignments, List<RateForExtent> rates,
                               List<Company> companies, UUID cursor) {
    }

    public record VoucherUpdate(UUID voucherId, UpdateValue<String> name, UpdateValue<Voucher.Type> type,
                                UpdateValue<UUID> companyId, UpdateValue<List<UUID>> assignedRateIds,
                                UpdateValue<Instant> occupiableIntervalStartUtc,
                                UpdateValue<Instant> occupiableIntervalEndUtc,
                                UpdateValue<String> externalIdentifier) {
    }

    public record Update(UUID enterpriseId, List<VoucherUpdate> voucherUpdates) {
        public Update {
            Require.notEmpty(voucherUpdates, "VoucherUpdates");
            Require.atMost(voucherUpdates, MAX_ITEMS, "VoucherUpdates");
            for (int i = 0; i < voucherUpdates.size(); i++) {
                String at = "VoucherUpdates[" + i + "]";
                VoucherUpdate update = Require.present(voucherUpdates.get(i), at);
                Require.present(update.voucherId(), at + ".VoucherId");
                if (update.name() != null) {
                    Require.maxLength(Require.text(update.name().value(), at + ".Name.Value"), 128, at + ".Name.Value");
                }
                if (update.type() != null) {
                    Require.present(update.type().value(), at + ".Type.Value");
                }
                if (update.assignedRateIds() != null) {
                    Require.atMost(update.assignedRateIds().value(), MAX_RATES, at + ".AssignedRateIds.Value");
                }
                if (update.externalIdentifier() != null) {
                    Require.maxLength(update.externalIdentifier().value(), 255, at + ".ExternalIdentifier.Value");
                }
            }
        }
    }

    public record Delete(UUID enterpriseId, List<UUID> voucherIds) {
        public Delete {
            RequestChecks.requiredList(voucherIds, "VoucherIds");
        }
    }

    private final Transactions transactions;
    private final VoucherStore store;
    private final ServiceStore services;
    private final CompanyStore companies;
    private final Catalogue catalogue;
    private final RateStore rates;
    private final Supplier<UUID> ids;

    VoucherOperations(Transactions transactions, VoucherStore store, ServiceStore services, CompanyStore companies,
                      Catalogue catalogue, RateStore rates, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.services = services;
        this.companies = companies;
        this.catalogue = catalogue;
        this.rates = rates;
        this.ids = ids;
    }

    public WriteResult add(Add request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            List<Voucher> added = new ArrayList<>();
            for (int i = 0; i < request.voucherParameters().size(); i++) {
                VoucherParameters parameters = request.voucherParameters().get(i);
                String at = "VoucherParameters[" + i + "]";
                if (!services.belongsTo(tx.handle(), parameters.serviceId(), enterpriseId)) {
                    throw new InvalidRequest(at + ".ServiceId " + parameters.serviceId()
                            + " is not a service of the enterprise.");
                }
                List<UUID> rateIds = rates(tx.handle(), parameters.serviceId(), parameters.assignedRateIds(),
                        at + ".AssignedRateIds");
                checkInterval(parameters.occupiableIntervalStartUtc(), parameters.occupiableIntervalEndUtc(), at);
                Voucher voucher = voucher(tx.handle(), caller, ids.get(), parameters.serviceId(), parameters.name(),
                        parameters.type(), parameters.companyId(), parameters.occupiableIntervalStartUtc(),
                        parameters.occupiableIntervalEndUtc(), parameters.externalIdentifier(), tx.now(), tx.now(),
                        at + ".CompanyId");
                store.insert(tx.handle(), new StoredVoucher(enterpriseId, voucher, rateIds));
                added.add(voucher);
            }
            return new WriteResult(added);
        });
    }

    public GetAllResult getAll(GetAll request, Caller caller) {
        List<UUID> enterpriseIds = caller.enterprises(request.enterpriseIds());
        Extent extent = request.extent();
        return transactions.read(handle -> {
            List<UUID> voucherIds = request.voucherIds();
            if (request.voucherCodeValues() != null) {
                List<UUID> withCodes = store.voucherIdsWithCodes(handle, request.voucherCodeValues(), enterpriseIds);
                voucherIds = voucherIds == null ? withCodes
                        : voucherIds.stream().filter(withCodes::contains).toList();
            }
            Filter filter = Filter.where()
                    .in("enterprise_id", enterpriseIds)
                    .in("service_id", request.serviceIds())
                    .in("id", voucherIds)
                    .in("company_id", request.companyIds())
                    .in("external_identifier", request.externalIdentifiers())
                    .within("updated_utc", request.updatedUtc())
                    .eq("is_active", RequestChecks.isActive(request.activityStates(), null));
            Page<StoredVoucher> page = store.vouchers(handle, filter, request.limitation());
            List<UUID> pageIds = page.items().stream().map(stored -> stored.voucher().id()).toList();
            List<VoucherAssignment> assignments = new ArrayList<>();
            Set<UUID> rateIds = new LinkedHashSet<>();
            Set<UUID> companyIds = new LinkedHashSet<>();
            for (StoredVoucher stored : page.items()) {
                for (UUID rateId : stored.assignedRateIds()) {
                    assignments.add(new VoucherAssignment(stored.voucher().id(), rateId));
                    rateIds.add(rateId);
                }
                if (stored.voucher().relatedCompanyId() != null) {
                    companyIds.add(stored.voucher().relatedCompanyId());
                }
            }
            return new GetAllResult(
                    asked(extent.vouchers()) ? page.items().stream().map(StoredVoucher::voucher).toList() : null,
                    asked(extent.voucherCodes()) ? store.codesOf(handle, pageIds) : null,
                    asked(extent.voucherAssignments()) ? assignments : null,
                    asked(extent.rates()) ? rateIds.stream()
                            .flatMap(id -> rates.find(handle, id).stream())
                            .map(stored -> RateForExtent.of(stored.rate()))
                            .toList() : null,
                    asked(extent.companies()) ? companies(handle, List.copyOf(companyIds)) : null,
                    page.cursor());
        });
    }

    public WriteResult update(Update request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Map<UUID, StoredVoucher> found = found(tx.handle(), enterpriseId,
                    request.voucherUpdates().stream().map(VoucherUpdate::voucherId).toList(), "VoucherUpdates",
                    ".VoucherId");
            List<Voucher> updated = new ArrayList<>();
            for (int i = 0; i < request.voucherUpdates().size(); i++) {
                VoucherUpdate update = request.voucherUpdates().get(i);
                String at = "VoucherUpdates[" + i + "]";
                StoredVoucher stored = found.get(update.voucherId());
                Voucher current = stored.voucher();
                if (!current.isActive()) {
                    throw new Forbidden("The voucher " + current.name() + " has been deleted and cannot be changed.");
                }
                List<UUID> rateIds = update.assignedRateIds() == null ? stored.assignedRateIds()
                        : rates(tx.handle(), current.serviceId(), update.assignedRateIds().value(),
                                at + ".AssignedRateIds.Value");
                Instant start = UpdateValue.apply(update.occupiableIntervalStartUtc(),
                        current.occupiableIntervalStartUtc());
                Instant end = UpdateValue.apply(update.occupiableIntervalEndUtc(), current.occupiableIntervalEndUtc());
                checkInterval(start, end, at);
                Voucher voucher = voucher(tx.handle(), caller, current.id(), current.serviceId(),
                        UpdateValue.apply(update.name(), current.name()),
                        UpdateValue.apply(update.type(), current.type()),
                        UpdateValue.apply(update.companyId(), current.relatedCompanyId()), start, end,
                        UpdateValue.apply(update.externalIdentifier(), current.externalIdentifier()),
                        current.createdUtc(), tx.now(), at + ".CompanyId");
                StoredVoucher changed = new StoredVoucher(enterpriseId, voucher, rateIds);
                store.update(tx.handle(), changed);
                found.put(voucher.id(), changed);
                updated.add(voucher);
            }
            return new WriteResult(updated);
        });
    }

    public Object delete(Delete request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Map<UUID, StoredVoucher> found = found(tx.handle(), enterpriseId, request.voucherIds(), "VoucherIds", "");
            for (StoredVoucher stored : found.values()) {
                Voucher v = stored.voucher();
                if (!v.isActive()) {
                    continue;
                }
                Voucher deleted = new Voucher(v.id(), v.serviceId(), v.name(), v.createdUtc(), tx.now(), v.type(),
                        ActivityState.Deleted, v.companyId(), v.travelAgencyId(), v.occupiableIntervalStartUtc(),
                        v.occupiableIntervalEndUtc(), v.externalIdentifier(), false);
                store.update(tx.handle(), new StoredVoucher(enterpriseId, deleted, stored.assignedRateIds()));
            }
            return null;
        });
    }

    /** A voucher of the given type with its company checked and put in the field the type uses. */
    private Voucher voucher(Handle handle, Caller caller, UUID id, UUID serviceId, String name, Voucher.Type type,
                            UUID companyId, Instant start, Instant end, String externalIdentifier, Instant created,
                            Instant updated, String companyField) {
        if (type == Voucher.Type.Public) {
            companyId = null;
        } else {
            if (companyId == null) {
                throw new InvalidRequest(companyField + " is required for a " + type + " voucher.");
            }
            UUID company = companyId;
            boolean active = companies.activeIn(handle, company, caller.chainIds())
                    .orElseThrow(() -> new InvalidRequest(companyField + " " + company + " is not a company of the "
                            + "chain."));
            if (!active) {
                throw new Forbidden("The company " + company + " is no longer active; vouchers cannot be given to it.");
            }
        }
        return new Voucher(id, serviceId, name, created, updated, type, ActivityState.Active,
                type == Voucher.Type.PartnerCompany ? companyId : null,
                type == Voucher.Type.TravelAgency ? companyId : null, start, end, externalIdentifier, true);
    }

    /** The rates, each an active rate of the service (a 400 or 403 naming the field otherwise), without repeats. */
    private List<UUID> rates(Handle handle, UUID serviceId, List<UUID> rateIds, String field) {
        if (rateIds == null) {
            return List.of();
        }
        Set<UUID> checked = new LinkedHashSet<>();
        for (int i = 0; i < rateIds.size(); i++) {
            UUID rateId = Require.present(rateIds.get(i), field + "[" + i + "]");
            Catalogue.RateRef rate = catalogue.rate(handle, rateId)
                    .filter(found -> found.serviceId().equals(serviceId))
                    .orElseThrow(() -> new InvalidRequest(field + " contains " + rateId
                            + ", which is not a rate of the service."));
            if (!rate.isActive()) {
                throw new Forbidden("The rate " + rateId + " is no longer offered and cannot be given to a voucher.");
            }
            checked.add(rateId);
        }
        return List.copyOf(checked);
    }

    private static void checkInterval(Instant start, Instant end, String at) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidRequest(at + ".OccupiableIntervalEndUtc must not be before OccupiableIntervalStartUtc.");
        }
    }

    private Map<UUID, StoredVoucher> found(Handle handle, UUID enterpriseId, List<UUID> voucherIds, String list,
                                           String field) {
        Map<UUID, StoredVoucher> byId = new LinkedHashMap<>();
        store.find(handle, voucherIds, List.of(enterpriseId)).forEach(stored -> byId.put(stored.voucher().id(), stored));
        Map<UUID, StoredVoucher> ordered = new LinkedHashMap<>();
        for (int i = 0; i < voucherIds.size(); i++) {
            UUID id = Require.present(voucherIds.get(i), list + "[" + i + "]" + field);
            if (!byId.containsKey(id)) {
                throw new InvalidRequest(list + "[" + i + "]" + field + " " + id + " is not a voucher of the enterprise.");
            }
            ordered.put(id, byId.get(id));
        }
        return ordered;
    }

    private List<Company> companies(Handle handle, List<UUID> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        Filter filter = Filter.where().in("id", companyIds);
        return filter.bind(handle.createQuery("SELECT doc FROM companies WHERE " + filter.conditions() + " ORDER BY seq"))
                .map((rs, ctx) -> store.readCompany(rs.getString("doc")))
                .list();
    }

    private static boolean asked(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
