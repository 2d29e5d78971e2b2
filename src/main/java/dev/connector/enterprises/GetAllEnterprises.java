package dev.connector.enterprises;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Operation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code enterprises/getAll}: the enterprises the access token reaches (one for a single-enterprise token, all
 * of its enterprises for a portfolio token), filtered and paged by cursor. An enterprise's LinkedUtc is when it
 * was linked to the token, i.e. when the integration was created.
 */
public final class GetAllEnterprises implements Operation<GetAllEnterprises.Request> {

    private static final int MAX_ITEMS = 1000;

    public record Request(
            List<UUID> enterpriseIds,
            List<String> externalIdentifiers,
            TimeInterval linkedUtc,
            TimeInterval updatedUtc,
            Limitation limitation) {

        public Request {
            checkList(enterpriseIds, "EnterpriseIds");
            checkList(externalIdentifiers, "ExternalIdentifiers");
            TimeInterval.validate(linkedUtc, "LinkedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            Limitation.required(limitation);
        }

        private static void checkList(List<?> values, String field) {
            if (values == null) {
                return;
            }
            if (values.isEmpty()) {
                throw new InvalidRequest(field + " must not be empty when given; leave it out to get every enterprise.");
            }
            Require.atMost(values, MAX_ITEMS, field);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw new InvalidRequest(field + "[" + i + "] must not be null.");
                }
            }
        }
    }

    /** The page: enterprises in the order they were created, and the cursor of the last one. */
    public record Result(List<PortfolioEnterprise> enterprises, UUID cursor) {
    }

    private static final String TABLE = """
            enterprises e
            JOIN chains c ON c.id = e.chain_id
            JOIN integration_enterprises ie ON ie.enterprise_id = e.id
            JOIN integrations i ON i.id = ie.integration_id
            LEFT JOIN enterprise_settings s ON s.enterprise_id = e.id""";

    private final Transactions transactions;
    private final EnterpriseSettingsStore settings;

    public GetAllEnterprises(Transactions transactions, EnterpriseSettingsStore settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public Result handle(Request request, Caller caller) {
        List<UUID> enterpriseIds = request.enterpriseIds() == null ? null : caller.enterprises(request.enterpriseIds());
        Filter filter = Filter.where()
                .eq("ie.integration_id", caller.integrationId())
                .in("e.id", enterpriseIds)
                .in("e.external_identifier", request.externalIdentifiers())
                .within("e.updated_utc", request.updatedUtc())
                .within("i.created_utc", request.linkedUtc());
        Page<PortfolioEnterprise> page = transactions.read(handle -> PageQuery.fetch(handle,
                "e.*, c.name AS chain_name, i.created_utc AS linked_utc, s.doc AS settings_doc", TABLE, "e", filter,
                request.limitation(),
                (rs, ctx) -> {
                    Enterprise enterprise = EnterpriseStore.read(rs);
                    return PortfolioEnterprise.of(enterprise,
                            settings.readOrDefaults(rs.getString("settings_doc"), enterprise),
                            Instant.ofEpochMilli(rs.getLong("linked_utc")));
                },
                portfolioEnterprise -> portfolioEnterprise.profile().id()));
        return new Result(page.items(), page.cursor());
    }
}
