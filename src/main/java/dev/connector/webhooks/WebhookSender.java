package dev.connector.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one delivery attempt: POSTs the body with its headers, follows 307 and 308 with the same method and body
 * (at most {@value #MAX_REDIRECTS} hops), and tells a 2xx answer from everything else. Thread-safe.
 */
final class WebhookSender implements AutoCloseable {

    static final int MAX_REDIRECTS = 3;

    private final HttpClient client;
    private final ExecutorService executor;
    private final Duration timeout;
    private final TargetGuard guard;

    WebhookSender(Duration timeout, TargetGuard guard) {
        this.timeout = timeout;
        this.guard = guard;
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .executor(executor)
                .build();
    }

    /** Sends once (plus redirects); each request has the whole timeout. Interrupted only when the server stops. */
    AttemptResult send(URI target, byte[] body, Map<String, String> headers) throws InterruptedException {
        URI current = target;
        for (int hop = 0; ; hop++) {
            String refusal = guard.refusal(current);
            if (refusal != null) {
                return new AttemptResult.Failure(null, refusal);
            }
            HttpResponse<Void> response;
            try {
                response = post(current, body, headers);
            } catch (TimeoutException | HttpTimeoutException e) {
                return new AttemptResult.Failure(null, "No answer within " + timeout.toMillis() + " ms from " + hostOf(current) + ".");
            } catch (ConnectException e) {
                return new AttemptResult.Failure(null, "Cannot connect to " + hostOf(current) + ": " + describe(e));
            } catch (IOException e) {
                return new AttemptResult.Failure(null, "Request to " + hostOf(current) + " failed: " + describe(e));
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new AttemptResult.Success(status);
            }
            if (status != 307 && status != 308) {
                String note = status >= 300 && status < 400
                        ? " (only 307 and 308, which keep the method and body, are followed)" : "";
                return new AttemptResult.Failure(status, "The receiver answered " + status + note + ".");
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                return new AttemptResult.Failure(status, "The receiver answered " + status + " without a Location header.");
            }
            if (hop == MAX_REDIRECTS) {
                return new AttemptResult.Failure(status, "More than " + MAX_REDIRECTS + " redirects.");
            }
            try {
                current = WebhookUrls.validate("The redirect Location", current.resolve(location.trim()).toString());
            } catch (IllegalArgumentException e) {
                return new AttemptResult.Failure(status, e.getMessage());
            }
        }
    }

    private HttpResponse<Void> post(URI uri, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Connector-Webhooks/1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<Void>> future = client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        try {
            // The request timeout ends at the response headers; this deadline also covers a body that never ends.
            return future.get(timeout.toMillis() + 50, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        } catch (InterruptedException | TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    private static String hostOf(URI uri) {
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        client.shutdownNow();
        executor.shutdownNow();
    }
}
