package dev.connector.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL for manual availability adjustments, one row per resource category and night. */
public final class AvailabilityStore {

    /** Sets the adjustment of every night of the range to {@code units}, replacing what was there. */
    public void set(Handle handle, UUID enterpriseId, UUID serviceId, UUID categoryId, Stay range, int units,
                    Instant now) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO service_availability_adjustments (category_id, night, enterprise_id, service_id, unit_count,
                    updated_utc)
                VALUES (:categoryId, :night, :enterpriseId, :serviceId, :units, :now)
                ON CONFLICT (category_id, night) DO UPDATE SET unit_count = excluded.unit_count,
                    updated_utc = excluded.updated_utc""");
        for (LocalDate night : range.nights()) {
            batch.bind("categoryId", categoryId.toString())
                    .bind("night", night.toString())
                    .bind("enterpriseId", enterpriseId.toString())
                    .bind("serviceId", serviceId.toString())
                    .bind("units", units)
                    .bind("now", now.toEpochMilli())
                    .add();
        }
        batch.execute();
    }

    public void remove(Handle handle, UUID categoryId, Stay range) {
        handle.createUpdate("""
                        DELETE FROM service_availability_adjustments
                        WHERE category_id = :categoryId AND night >= :first AND night <= :last""")
                .bind("categoryId", categoryId.toString())
                .bind("first", range.firstNight().toString())
                .bind("last", range.lastNight().toString())
                .execute();
    }
}
