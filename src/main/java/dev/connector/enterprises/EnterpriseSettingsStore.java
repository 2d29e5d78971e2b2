package dev.connector.enterprises;

import dev.connector.store.Documents;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for the settings document of each enterprise ({@code enterprise_settings}). */
public final class EnterpriseSettingsStore {

    private final Documents documents;

    public EnterpriseSettingsStore(Documents documents) {
        this.documents = documents;
    }

    /** Creates or replaces the settings of an enterprise. */
    public void save(Handle handle, UUID enterpriseId, EnterpriseSettings settings, Instant now) {
        handle.createUpdate("""
                        INSERT INTO enterprise_settings (enterprise_id, updated_utc, doc) VALUES (:id, :now, :doc)
                        ON CONFLICT (enterprise_id) DO UPDATE SET updated_utc = excluded.updated_utc, doc = excluded.doc""")
                .bind("id", enterpriseId.toString())
                .bind("now", now.toEpochMilli())
                .bind("doc", documents.write(settings))
                .execute();
        EnterpriseConfigurationVersion.change(handle, enterpriseId);
    }

    public Optional<EnterpriseSettings> find(Handle handle, UUID enterpriseId) {
        return handle.createQuery("SELECT doc FROM enterprise_settings WHERE enterprise_id = :id")
                .bind("id", enterpriseId.toString())
                .mapTo(String.class)
                .findOne()
                .map(doc -> documents.read(doc, EnterpriseSettings.class));
    }

    /** The stored settings, or the defaults of the enterprise when none are stored. */
    public EnterpriseSettings of(Handle handle, Enterprise enterprise) {
        return find(handle, enterprise.id()).orElseGet(() -> EnterpriseSettings.defaultsFor(enterprise));
    }

    /** Reads a settings document selected alongside other columns; null means the enterprise's defaults. */
    EnterpriseSettings readOrDefaults(String doc, Enterprise enterprise) {
        return doc == null ? EnterpriseSettings.defaultsFor(enterprise) : documents.read(doc, EnterpriseSettings.class);
    }
}
