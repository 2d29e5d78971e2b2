package dev.connector.http;

import java.util.List;
import java.util.UUID;

/**
 * One API operation as listeners see it.
 *
 * @param path          the operation's path after {@code /api/connector/v1/}, e.g. {@code customers/getAll}
 * @param requestId     the request's id, as answered in the {@code Request-Id} header
 * @param applicationId the calling application; null until the tokens are accepted
 * @param integrationId the calling integration; null until the tokens are accepted
 * @param enterpriseIds the enterprises the access token reaches; empty until the tokens are accepted
 */
public record OperationCall(String path, String requestId, UUID applicationId, UUID integrationId,
                            List<UUID> enterpriseIds) {

    public OperationCall {
        enterpriseIds = List.copyOf(enterpriseIds);
    }

    static OperationCall unauthenticated(String path, String requestId) {
        return new OperationCall(path, requestId, null, null, List.of());
    }
}
