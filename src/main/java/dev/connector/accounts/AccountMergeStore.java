package dev.connector.accounts;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of a merge: every row that points at the merged account is pointed at the surviving one, in its
 * column and in its stored document (an id is a UUID, so a text replacement cannot touch anything else), and the
 * merged account's row is deleted. The tables are those of the migrations that hold account ids; a new table that
 * refers to accounts must be added to the lists below.
 */
final class AccountMergeStore {

    /** A table and the column in it that holds an account id. */
    private record Reference(String table, String column, boolean hasDocument) {
        Reference(String table, String column) {
            this(table, column, true);
        }
    }

    /** Where customers are referred to (besides documents that mention them, see {@link #MENTIONS}). */
    private static final List<Reference> CUSTOMER_REFERENCES = List.of(
            new Reference("reservations", "account_id"),
            new Reference("bills", "account_id"),
            new Reference("order_items", "account_id"),
            new Reference("payments", "account_id"),
            new Reference("account_addresses", "account_id"),
            new Reference("account_notes", "account_id"),
            new Reference("loyalty_memberships", "account_id"),
            new Reference("companionships", "customer_id"),
            new Reference("identity_documents", "customer_id"),
            new Reference("account_files", "account_id", false),
            new Reference("credit_cards", "customer_id"),
            new Reference("preauthorizations", "customer_id"),
            new Reference("payment_requests", "account_id"),
            new Reference("product_service_orders", "account_id"));

    /** Where companies are referred to. */
    private static final List<Reference> COMPANY_REFERENCES = List.of(
            new Reference("reservations", "account_id"),
            new Reference("reservations", "partner_company_id"),
            new Reference("reservations", "travel_agency_id"),
            new Reference("bills", "account_id"),
            new Reference("order_items", "account_id"),
            new Reference("payments", "account_id"),
            new Reference("account_addresses", "account_id"),
            new Reference("account_notes", "account_id"),
            new Reference("loyalty_memberships", "account_id"),
            new Reference("company_contracts", "company_id"),
            new Reference("customers", "company_id"),
            new Reference("companies", "mother_company_id"),
            new Reference("account_files", "account_id", false),
            new Reference("payment_requests", "account_id"),
            new Reference("product_service_orders", "account_id"),
            new Reference("vouchers", "company_id"),
            new Reference("routing_rules", "company_id"));

    /** Tables whose documents may name an account outside an indexed column (companions, bill owners, ...). */
    private static final List<String> MENTIONS = List.of("reservations", "bills", "order_items", "payments");

    /** Points every reference to {@code source} at {@code target}, then deletes the source account's row. */
    void merge(Handle handle, AccountType type, UUID source, UUID target) {
        if (type == AccountType.Customer) {
            keepOnePrimaryMembership(handle, source, target);
            keepOneCompanionship(handle, source, target);
        }
        for (Reference reference : type == AccountType.Customer ? CUSTOMER_REFERENCES : COMPANY_REFERENCES) {
            handle.createUpdate("UPDATE " + reference.table() + " SET " + reference.column() + " = :target"
                            + (reference.hasDocument() ? ", doc = REPLACE(doc, :source, :target)" : "")
                            + " WHERE " + reference.column() + " = :source")
                    .bind("source", source.toString())
                    .bind("target", target.toString())
                    .execute();
        }
        for (String table : MENTIONS) {
            handle.createUpdate("UPDATE " + table + " SET doc = REPLACE(doc, :source, :target) WHERE doc LIKE :pattern")
                    .bind("source", source.toString())
                    .bind("target", target.toString())
                    .bind("pattern", "%" + source + "%")
                    .execute();
        }
        if (type == AccountType.Company) {
            // A survivor whose mother was the merged company would now be its own mother: it has none any more.
            handle.createUpdate("""
                            UPDATE companies SET mother_company_id = NULL,
                                doc = REPLACE(doc, :ownMother, '"MotherCompanyId":null')
                            WHERE id = :target AND mother_company_id = :target""")
                    .bind("target", target.toString())
                    .bind("ownMother", "\"MotherCompanyId\":\"" + target + "\"")
                    .execute();
        }
        handle.createUpdate("DELETE FROM " + (type == AccountType.Customer ? "customers" : "companies")
                        + " WHERE id = :source")
                .bind("source", source.toString())
                .execute();
    }

    /** Where both customers stay with the same reservation, the survivor's companionship is the one kept. */
    private static void keepOneCompanionship(Handle handle, UUID source, UUID target) {
        handle.createUpdate("""
                        DELETE FROM companionships WHERE customer_id = :source AND reservation_id IN (
                            SELECT reservation_id FROM companionships WHERE customer_id = :target)""")
                .bind("source", source.toString())
                .bind("target", target.toString())
                .execute();
    }

    /** The merged account's primary memberships become secondary where the survivor has a primary one already. */
    private static void keepOnePrimaryMembership(Handle handle, UUID source, UUID target) {
        handle.createUpdate("""
                        UPDATE loyalty_memberships SET is_primary = :secondary,
                            doc = REPLACE(doc, '"IsPrimary":true', '"IsPrimary":false')
                        WHERE account_id = :source AND is_primary = :primary AND loyalty_program_id IN (
                            SELECT loyalty_program_id FROM loyalty_memberships
                            WHERE account_id = :target AND is_primary = :primary AND is_active = :active)""")
                .bind("source", source.toString())
                .bind("target", target.toString())
                .bind("primary", true)
                .bind("secondary", false)
                .bind("active", true)
                .execute();
    }
}
