package dev.connector.integrations;

import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an operator asks for when connecting an application to one enterprise, or to several (a portfolio
 * integration). Validated on construction; messages name the request's fields.
 *
 * @param applicationId the partner application that gets the new AccessToken
 * @param name          shown to the partner in Integration Webhooks
 * @param enterpriseIds the enterprises the AccessToken reaches, in the order given (duplicates dropped)
 * @param serviceId     optional service the integration is connected to (one of those enterprises')
 * @param isEnabled     whether the new integration may call the API at once; true when absent
 * @param requestor     optional person who asked for the integration, told to the partner
 */
public record NewIntegration(UUID applicationId, String name, List<UUID> enterpriseIds, UUID serviceId,
                             Boolean isEnabled, IntegrationWebhookData.Requestor requestor) {

    public NewIntegration {
        Require.present(applicationId, "ApplicationId");
        name = Require.maxLength(Require.text(name, "Name").strip(), 255, "Name");
        Require.atMost(Require.notEmpty(enterpriseIds, "EnterpriseIds"), 1000, "EnterpriseIds");
        List<UUID> distinct = new ArrayList<>();
        for (int i = 0; i < enterpriseIds.size(); i++) {
            UUID id = Require.present(enterpriseIds.get(i), "EnterpriseIds[" + i + "]");
            if (!distinct.contains(id)) {
                distinct.add(id);
            }
        }
        enterpriseIds = List.copyOf(distinct);
        isEnabled = isEnabled == null ? Boolean.TRUE : isEnabled;
        if (requestor != null) {
            Require.maxLength(Require.text(requestor.name(), "Requestor.Name"), 255, "Requestor.Name");
            String email = Require.text(requestor.email(), "Requestor.Email");
            if (!email.contains("@")) {
                throw new InvalidRequest("Requestor.Email must be an e-mail address.");
            }
        }
    }
}
