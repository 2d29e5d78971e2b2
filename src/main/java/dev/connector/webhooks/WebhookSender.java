package dev.connector.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes one delivery attempt: POSTs the body with its headers, follows 307 and 308 with the same method and body
 * (at most {@value #MAX_REDIRECTS} hops), and tells a 2xx answer from everything else. Thread-safe.
 *
 * <p>A blocking client on the caller's virtual thread, with kept-alive pooled connections: a delivery costs one
 * write and one read on the connection, without the hand-offs between threads of an asynchronous client.
 */
final class WebhookSender implements AutoCloseable {

    static final int MAX_REDIRECTS = 3;
    /** Exactly "application/json", as receivers compare it, without a charset parameter. */
    private static final ContentType JSON = ContentType.create("application/json");

    /** What came back: the status code and, for redirects, the Location header. */
    private record Answer(int status, String location) {
    }

    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;
    private final Duration timeout;
    private final TargetGuard guard;

    WebhookSender(Duration timeout, TargetGuard guard) {
        this.timeout = timeout;
        this.guard = guard;
        Timeout limit = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // The dispatcher bounds requests per application; the pool only keeps connections.
                        .setMaxConnPerRoute(1_000)
                        .setMaxConnTotal(10_000)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit)
                                .setSocketTimeout(limit)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Connector-Webhooks/1.0")
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("webhook-deadlines").factory());
    }

    /** Sends once (plus redirects); each request has the whole timeout. Interrupted only when the server stops. */
    AttemptResult send(URI target, byte[] body, Map<String, String> headers) throws InterruptedException {
        URI current = target;
        for (int hop = 0; ; hop++) {
            String refusal = guard.refusal(current);
            if (refusal != null) {
                return new AttemptResult.Failure(null, refusal);
            }
            Answer answer;
            AtomicBoolean late = new AtomicBoolean();
            try {
                answer = post(current, body, headers, late);
            } catch (IOException e) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("The server is stopping");
                }
                if (late.get() || e instanceof SocketTimeoutException) {
                    return new AttemptResult.Failure(null, "No answer within " + timeout.toMillis() + " ms from " + hostOf(current) + ".");
                }
                if (e instanceof ConnectException) {
                    return new AttemptResult.Failure(null, "Cannot connect to " + hostOf(current) + ": " + describe(e));
                }
                return new AttemptResult.Failure(null, "Request to " + hostOf(current) + " failed: " + describe(e));
            }
            int status = answer.status();
            if (status >= 200 && status < 300) {
                return new AttemptResult.Success(status);
            }
            if (status != 307 && status != 308) {
                String note = status >= 300 && status < 400
                        ? " (only 307 and 308, which keep the method and body, are followed)" : "";
                return new AttemptResult.Failure(status, "The receiver answered " + status + note + ".");
            }
            String location = answer.location();
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

    private Answer post(URI uri, byte[] body, Map<String, String> headers, AtomicBoolean late) throws IOException {
        HttpPost request = new HttpPost(uri);
        request.setEntity(new ByteArrayEntity(body, JSON));
        headers.forEach(request::setHeader);
        // The socket timeouts bound each wait; this deadline also bounds a body that trickles in forever.
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            late.set(true);
            request.cancel();
        }, timeout.toMillis() + 50, TimeUnit.MILLISECONDS);
        try {
            return client.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                Header location = response.getFirstHeader("Location");
                return new Answer(response.getCode(), location == null ? null : location.getValue());
            });
        } finally {
            deadline.cancel(false);
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
        deadlines.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }
}
