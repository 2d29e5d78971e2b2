package dev.connector.faults;

import dev.connector.api.InjectedFailure;
import dev.connector.api.TooManyRequests;
import dev.connector.http.OperationCall;
import dev.connector.http.OperationListener;
import java.util.Optional;

/** Api rules: before an operation runs, answers a rule's status in the API's error shape, or waits its delay. */
final class ApiFaults implements OperationListener {

    /** What a 429 asks the client to wait, in seconds. */
    static final long RETRY_AFTER_SECONDS = 1;

    private final FaultRules rules;

    ApiFaults(FaultRules rules) {
        this.rules = rules;
    }

    @Override
    public void beforeOperation(OperationCall call) {
        if (!rules.any(FaultTarget.Api)) {
            return;
        }
        Optional<FaultRule> fired = rules.fire(FaultTarget.Api, rule -> applies(rule, call), false);
        if (fired.isEmpty()) {
            return;
        }
        FaultRule rule = fired.get();
        switch (rule.fault()) {
            case Status -> throw failure(rule);
            case Delay -> pause(rule);
            case Timeout, Duplicate, Drop, Reorder, Disconnect ->
                    throw new IllegalStateException("An Api rule cannot hold the fault " + rule.fault());
        }
    }

    private static boolean applies(FaultRule rule, OperationCall call) {
        return (rule.applicationId() == null || rule.applicationId().equals(call.applicationId()))
                && (rule.enterpriseId() == null || call.enterpriseIds().contains(rule.enterpriseId()))
                && (rule.operation() == null || rule.operation().equalsIgnoreCase(call.path()));
    }

    private static RuntimeException failure(FaultRule rule) {
        String details = "Injected by the sandbox's " + rule.named() + "; DELETE /admin/v1/sandbox/faults/" + rule.id()
                + " removes it.";
        return switch (rule.status()) {
            case 429 -> new TooManyRequests("Too many requests (" + rule.named() + "). Try again after "
                    + RETRY_AFTER_SECONDS + " second.", RETRY_AFTER_SECONDS);
            case 408 -> new InjectedFailure(408, "The request timed out (" + rule.named() + ").", details);
            case 503 -> new InjectedFailure(503, "The service is unavailable (" + rule.named() + ").", details);
            default -> new InjectedFailure(rule.status(), "An unexpected error occurred (" + rule.named() + ").", details);
        };
    }

    private static void pause(FaultRule rule) {
        try {
            Thread.sleep(rule.delayMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
