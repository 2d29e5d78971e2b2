package dev.connector.vouchers;

import dev.connector.api.Limitation;
import dev.connector.companies.Company;
import dev.connector.store.Columns;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for vouchers and voucher codes. */
final class VoucherStore {

    private final Documents documents;

    VoucherStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, StoredVoucher stored) {
        Voucher voucher = stored.voucher();
        handle.createUpdate("""
                        INSERT INTO vouchers (id, enterprise_id, service_id, company_id, external_identifier, is_active,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :companyId, :externalIdentifier, :isActive, :updatedUtc,
                            :doc)""")
                .bind("id", voucher.id().toString())
                .bind("enterpriseId", stored.enterpriseId().toString())
                .bind("serviceId", voucher.serviceId().toString())
                .bind("companyId", Columns.text(voucher.relatedCompanyId()))
                .bind("externalIdentifier", voucher.externalIdentifier())
                .bind("isActive", voucher.isActive())
                .bind("updatedUtc", voucher.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(stored))
                .execute();
    }

    void update(Handle handle, StoredVoucher stored) {
        Voucher voucher = stored.voucher();
        handle.createUpdate("""
                        UPDATE vouchers SET company_id = :companyId, external_identifier = :externalIdentifier,
                            is_active = :isActive, updated_utc = :updatedUtc, doc = :doc
                        WHERE id = :id""")
                .bind("id", voucher.id().toString())
                .bind("companyId", Columns.text(voucher.relatedCompanyId()))
                .bind("externalIdentifier", voucher.externalIdentifier())
                .bind("isActive", voucher.isActive())
                .bind("updatedUtc", voucher.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(stored))
                .execute();
    }

    /** The vouchers with the given ids among the enterprises; unknown ids are left out. */
    List<StoredVoucher> find(Handle handle, List<UUID> voucherIds, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("id", voucherIds).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT doc FROM vouchers WHERE " + filter.conditions()))
                .map(documents.rowMapper(StoredVoucher.class))
                .list();
    }

    Page<StoredVoucher> vouchers(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "vouchers", "vouchers", filter, limitation,
                documents.rowMapper(StoredVoucher.class), stored -> stored.voucher().id());
    }

    /** Ids of the vouchers that have a code with one of the values (active or not) among the enterprises. */
    List<UUID> voucherIdsWithCodes(Handle handle, List<String> values, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("value", values).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT DISTINCT voucher_id FROM voucher_codes WHERE "
                        + filter.conditions()))
                .map((rs, ctx) -> UUID.fromString(rs.getString("voucher_id")))
                .list();
    }

    void insert(Handle handle, UUID enterpriseId, VoucherCode code) {
        handle.createUpdate("""
                        INSERT INTO voucher_codes (id, enterprise_id, voucher_id, value, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :voucherId, :value, :isActive, :updatedUtc, :doc)""")
                .bind("id", code.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("voucherId", code.voucherId().toString())
                .bind("value", code.value())
                .bind("isActive", code.isActive())
                .bind("updatedUtc", code.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(code))
                .execute();
    }

    void update(Handle handle, VoucherCode code) {
        handle.createUpdate("UPDATE voucher_codes SET is_active = :isActive, updated_utc = :updatedUtc, doc = :doc "
                        + "WHERE id = :id")
                .bind("id", code.id().toString())
                .bind("isActive", code.isActive())
                .bind("updatedUtc", code.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(code))
                .execute();
    }

    /** The codes with the given ids among the enterprises; unknown ids are left out. */
    List<VoucherCode> codes(Handle handle, List<UUID> codeIds, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("id", codeIds).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT doc FROM voucher_codes WHERE " + filter.conditions()))
                .map(documents.rowMapper(VoucherCode.class))
                .list();
    }

    /** Every code of the vouchers (active or not), oldest first. */
    List<VoucherCode> codesOf(Handle handle, List<UUID> voucherIds) {
        Filter filter = Filter.where().in("voucher_id", voucherIds);
        return filter.bind(handle.createQuery("SELECT doc FROM voucher_codes WHERE " + filter.conditions()
                        + " ORDER BY seq"))
                .map(documents.rowMapper(VoucherCode.class))
                .list();
    }

    /** The enterprise's active code with this exact value, if any. */
    Optional<VoucherCode> activeCode(Handle handle, UUID enterpriseId, String value) {
        return handle.createQuery("""
                        SELECT doc FROM voucher_codes
                        WHERE enterprise_id = :enterpriseId AND value = :value AND is_active = :active
                        ORDER BY seq LIMIT 1""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("value", value)
                .bind("active", true)
                .map(documents.rowMapper(VoucherCode.class))
                .findFirst();
    }

    Page<VoucherCode> codes(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "voucher_codes", "voucher_codes", filter, limitation,
                documents.rowMapper(VoucherCode.class), VoucherCode::id);
    }

    /** A company's stored document, for the deprecated Companies extent of vouchers/getAll. */
    Company readCompany(String doc) {
        return documents.read(doc, Company.class);
    }
}
