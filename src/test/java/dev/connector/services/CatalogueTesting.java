package dev.connector.services;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import java.util.UUID;

/** Shared bits of the catalogue tests: the demo hotels' standard ids. */
public final class CatalogueTesting {

    public static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    public static final UUID US = DemoData.US_ENTERPRISE_ID;

    private CatalogueTesting() {
    }

    public static UUID id(UUID enterpriseId, String name) {
        return CatalogueIds.of(enterpriseId, name);
    }

    public static UUID stayService(UUID enterpriseId) {
        return id(enterpriseId, "service/stay");
    }

    public static UUID room(UUID enterpriseId, String name) {
        return id(enterpriseId, "resource/" + name);
    }

    public static UUID category(UUID enterpriseId, String key) {
        return id(enterpriseId, "resource-category/" + key);
    }

    public static UUID baseRate(UUID enterpriseId) {
        return id(enterpriseId, "rate/best-available");
    }

    public static UUID nonRefundableRate(UUID enterpriseId) {
        return id(enterpriseId, "rate/non-refundable");
    }

    public static ArrayNode ids(ObjectNode body, String field, Object... values) {
        ArrayNode array = body.putArray(field);
        for (Object value : values) {
            array.add(value.toString());
        }
        return array;
    }
}
