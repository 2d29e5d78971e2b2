package dev.connector.availability;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import java.time.ZoneId;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** A bookable service the caller reaches, with the enterprise it belongs to (time zone, currency, pricing). */
public record BookableService(UUID id, Enterprise enterprise) {

    public UUID enterpriseId() {
        return enterprise.id();
    }

    public ZoneId zone() {
        return ZoneId.of(enterprise.timeZoneIdentifier());
    }

    /**
     * The service named in a request: it must exist, be bookable and active, and belong to an enterprise the
     * access token reaches (and to {@code enterpriseId} when the request names one); otherwise the request is
     * malformed for this token.
     */
    public static BookableService resolve(Handle handle, EnterpriseStore enterprises, Caller caller, UUID serviceId,
                                          UUID enterpriseId) {
        if (serviceId == null) {
            throw new InvalidRequest("ServiceId is required.");
        }
        String owner = handle.createQuery("""
                        SELECT enterprise_id FROM services WHERE id = :id AND type = 'Bookable' AND is_active = :active""")
                .bind("id", serviceId.toString())
                .bind("active", true)
                .mapTo(String.class)
                .findOne()
                .orElse(null);
        if (owner == null || !caller.enterpriseIds().contains(UUID.fromString(owner))
                || (enterpriseId != null && !enterpriseId.toString().equals(owner))) {
            throw new InvalidRequest("ServiceId " + serviceId + " is not a bookable service of this enterprise.");
        }
        if (enterpriseId != null) {
            caller.requireEnterprise(enterpriseId);
        }
        Enterprise enterprise = enterprises.find(handle, UUID.fromString(owner))
                .orElseThrow(() -> new IllegalStateException("Service " + serviceId + " has no enterprise " + owner));
        return new BookableService(serviceId, enterprise);
    }
}
