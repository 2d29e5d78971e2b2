package dev.connector.services;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Limitation;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** services/getAll, ageCategories/getAll and products/getAll. */
public final class ServiceOperations {

    public record GetAllServices(List<UUID> enterpriseIds, List<UUID> serviceIds, TimeInterval updatedUtc,
                                 Limitation limitation) {
        public GetAllServices {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(serviceIds, "ServiceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record ServiceResult(List<RawValue> services, UUID cursor) {
    }

    public record GetAllAgeCategories(List<UUID> enterpriseIds, List<UUID> ageCategoryIds, List<UUID> serviceIds,
                                      TimeInterval updatedUtc, List<ActivityState> activityStates,
                                      Limitation limitation) {
        public GetAllAgeCategories {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(ageCategoryIds, "AgeCategoryIds");
            RequestChecks.optionalList(serviceIds, "ServiceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record AgeCategoryResult(List<AgeCategory> ageCategories, UUID cursor) {
    }

    public record GetAllProducts(List<UUID> enterpriseIds, List<UUID> productIds, List<UUID> serviceIds,
                                 TimeInterval updatedUtc, Boolean includeDefault, Limitation limitation) {
        public GetAllProducts {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(productIds, "ProductIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record ProductResult(List<Product> products, List<Product> customerProducts, UUID cursor) {
    }

    private final Transactions transactions;
    private final ServiceStore store;

    public ServiceOperations(Transactions transactions, ServiceStore store) {
        this.transactions = transactions;
        this.store = store;
    }


    ServiceResult services(GetAllServices request, Caller caller) {
        Filter filter = Filter.where()
                .in("s.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("s.id", request.serviceIds())
                .within("s.updated_utc", request.updatedUtc());
        Page<RawValue> page = transactions.read(handle -> store.serviceDocuments(handle, filter, request.limitation()));
        return new ServiceResult(page.items(), page.cursor());
    }

    AgeCategoryResult ageCategories(GetAllAgeCategories request, Caller caller) {
        Filter filter = Filter.where()
                .in("a.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("a.id", request.ageCategoryIds())
                .in("a.service_id", request.serviceIds())
                .within("a.updated_utc", request.updatedUtc())
                .eq("a.is_active", RequestChecks.isActive(request.activityStates(), null));
        Page<AgeCategory> page = transactions.read(handle -> store.ageCategories(handle, filter, request.limitation()));
        return new AgeCategoryResult(page.items(), page.cursor());
    }

    ProductResult products(GetAllProducts request, Caller caller) {
        Filter filter = Filter.where()
                .in("p.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("p.service_id", request.serviceIds())
                .in("p.id", request.productIds())
                .within("p.updated_utc", request.updatedUtc());
        Page<Product> page = transactions.read(handle -> store.products(handle, filter, request.limitation()));
        return new ProductResult(page.items(), List.of(), page.cursor());
    }
}
