package dev.connector.live;

import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What one watcher wants to see: events of one application and/or one enterprise, of some kinds. An event that
 * names no application never matches an application filter (outbox events belong to enterprises, not to one
 * application), and likewise for enterprises.
 *
 * @param applicationId null for every application
 * @param enterpriseId  null for every enterprise
 * @param kinds         never empty
 */
record LiveFilter(UUID applicationId, UUID enterpriseId, Set<LiveKind> kinds) {

    LiveFilter {
        kinds = kinds.isEmpty() ? EnumSet.allOf(LiveKind.class) : EnumSet.copyOf(kinds);
    }

    static LiveFilter everything() {
        return new LiveFilter(null, null, EnumSet.allOf(LiveKind.class));
    }

    /** Reads {@code Application}, {@code Enterprise} and {@code Kind} (comma-separated) from query parameters. */
    static LiveFilter parse(UnaryOperator<String> queryParam) {
        UUID application = identifier(queryParam.apply("Application"), "Application");
        UUID enterprise = identifier(queryParam.apply("Enterprise"), "Enterprise");
        Set<LiveKind> kinds = EnumSet.noneOf(LiveKind.class);
        String kindText = queryParam.apply("Kind");
        if (kindText != null && !kindText.isBlank()) {
            for (String name : kindText.split(",")) {
                kinds.add(kind(name.trim()));
            }
        }
        return new LiveFilter(application, enterprise, kinds);
    }

    boolean matches(LiveEvent event) {
        return kinds.contains(event.kind())
                && (applicationId == null || applicationId.equals(event.applicationId()))
                && (enterpriseId == null || event.enterpriseIds().contains(enterpriseId));
    }

    private static UUID identifier(String value, String name) {
        return value == null || value.isBlank() ? null : Require.identifier(value.trim(), name);
    }

    private static LiveKind kind(String name) {
        return Arrays.stream(LiveKind.values()).filter(kind -> kind.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidRequest("Kind must be a comma-separated list of "
                        + List.of(LiveKind.values()) + ", not '" + name + "'."));
    }
}
