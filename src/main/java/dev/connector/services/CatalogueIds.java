package dev.connector.services;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of the standard setup, derived from the enterprise id and a name ({@code "service"}, {@code "room/101"}),
 * so that an enterprise set up again (such as a demo hotel on a fresh store) gets the same ids.
 */
public final class CatalogueIds {

    private CatalogueIds() {
    }

    public static UUID of(UUID enterpriseId, String name) {
        return UUID.nameUUIDFromBytes((enterpriseId + "/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
