package dev.connector.enterprises;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Numbers handed out in sequence per enterprise, such as reservation confirmation numbers and bill numbers. The
 * counter row stays locked until the transaction ends, so two transactions never get the same number.
 */
public final class EnterpriseCounters {

    public long next(Handle handle, UUID enterpriseId, String counter) {
        handle.createUpdate("""
                        INSERT INTO enterprise_counters (enterprise_id, name, last_value) VALUES (:enterpriseId, :name, 0)
                        ON CONFLICT (enterprise_id, name) DO NOTHING""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("name", counter)
                .execute();
        handle.createUpdate("""
                        UPDATE enterprise_counters SET last_value = last_value + 1
                        WHERE enterprise_id = :enterpriseId AND name = :name""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("name", counter)
                .execute();
        return handle.createQuery("""
                        SELECT last_value FROM enterprise_counters WHERE enterprise_id = :enterpriseId AND name = :name""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("name", counter)
                .mapTo(Long.class)
                .one();
    }
}
