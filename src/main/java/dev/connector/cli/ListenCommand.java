package dev.connector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.demo.DemoCredentials;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code connector listen --forward-to URL}: points an application's webhooks at a local URL while it runs, prints
 * every delivery attempt from the server's delivery log, and puts the previous registration back when stopped
 * (Ctrl-C or SIGTERM, through a shutdown hook).
 */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = "Send an application's webhooks to a URL of yours while this runs, print every delivery as it "
                + "happens, and put the previous registration back on Ctrl-C.")
public final class ListenCommand implements Callable<Integer> {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration LAST_POLL_WAIT = Duration.ofSeconds(5);

    @Option(names = "--forward-to", required = true, paramLabel = "URL",
            description = "Where the General and Integration Webhooks go, e.g. http://localhost:3000/hooks.")
    String forwardTo;

    @Option(names = "--application", paramLabel = "ID",
            description = "Application whose webhooks are forwarded, by id or name (default: the first demo application).")
    String application;

    @Option(names = "--events", split = ",", paramLabel = "EVENT",
            description = "Select only these General Webhook events (e.g. ServiceOrderUpdated,CustomerAdded) for the "
                    + "application's integrations while this runs.")
    List<String> events;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        AdminClient client;
        JsonNode app;
        Registration previous;
        try {
            client = server.connect();
            app = application(client);
            previous = Registration.read(client, app.path("Id").asText(), events != null);
        } catch (CliFailure e) {
            System.err.println("connector: " + e.getMessage());
            return 1;
        }
        CountDownLatch loopDone = new CountDownLatch(1);
        Thread loop = Thread.currentThread();
        Listening listening = new Listening(client, previous, out, loop, loopDone);
        // Registered before the first change, so that no way of stopping leaves the change behind.
        Runtime.getRuntime().addShutdownHook(new Thread(listening::stop, "connector-listen-restore"));
        DeliveryFeed feed;
        try {
            Instant start = previous.forwardTo(client, forwardTo, events);
            feed = new DeliveryFeed(client, previous.applicationId(), start.minusSeconds(1), out);
        } catch (CliFailure e) {
            System.err.println("connector: " + e.getMessage());
            listening.restoreQuietly();
            return 1;
        }
        out.println("Forwarding the webhooks of application " + app.path("Name").asText() + " (" + previous.applicationId()
                + ") to " + forwardTo + (events == null ? "" : ", events " + String.join(",", events) + " for "
                + previous.selections().size() + " integration(s)") + ".");
        out.println("Before: " + previous.describe() + ". Ctrl-C puts it back.");
        out.println("Deliveries (UTC): time  message id  events  -> status in duration");
        out.flush();
        listening.run(feed);
        loopDone.countDown();
        return 0;
    }

    private JsonNode application(AdminClient client) {
        List<JsonNode> all = new ArrayList<>();
        client.get("/admin/v1/applications").path("Applications").forEach(all::add);
        if (application != null) {
            return all.stream()
                    .filter(app -> application.equalsIgnoreCase(app.path("Id").asText())
                            || application.equals(app.path("Name").asText()))
                    .findFirst()
                    .orElseThrow(() -> new CliFailure("There is no application '" + application + "' on " + client.base()
                            + "; it has " + names(all) + "."));
        }
        String demoClientToken = DemoCredentials.APPLICATIONS.getFirst().clientToken();
        return all.stream()
                .filter(app -> demoClientToken.equals(app.path("ClientToken").asText()))
                .findFirst()
                .orElseThrow(() -> new CliFailure("The server at " + client.base() + " has no demo application; pass "
                        + "--application with one of " + names(all) + "."));
    }

    private static String names(List<JsonNode> applications) {
        if (applications.isEmpty()) {
            return "no applications";
        }
        List<String> names = applications.stream()
                .limit(10)
                .map(app -> app.path("Id").asText() + " (" + app.path("Name").asText() + ")")
                .toList();
        return String.join(", ", names) + (applications.size() > names.size() ? ", ..." : "");
    }

    /** The polling loop and the shutdown that ends it: a last poll, then the previous registration put back. */
    private static final class Listening {

        private final AdminClient client;
        private final Registration previous;
        private final PrintStream out;
        private final Thread loop;
        private final CountDownLatch loopDone;
        private final AtomicBoolean restored = new AtomicBoolean();
        private volatile boolean stopping;
        private volatile DeliveryFeed feed;

        Listening(AdminClient client, Registration previous, PrintStream out, Thread loop, CountDownLatch loopDone) {
            this.client = client;
            this.previous = previous;
            this.out = out;
            this.loop = loop;
            this.loopDone = loopDone;
        }

        void run(DeliveryFeed deliveries) {
            this.feed = deliveries;
            String lastFailure = null;
            while (!stopping) {
                try {
                    deliveries.poll();
                    if (lastFailure != null) {
                        System.err.println("connector: the server answers again.");
                        lastFailure = null;
                    }
                } catch (CliFailure e) {
                    if (stopping) {
                        break;
                    }
                    // Said once per outage, not on every poll.
                    if (!e.getMessage().equals(lastFailure)) {
                        System.err.println("connector: " + e.getMessage() + " (still trying)");
                        lastFailure = e.getMessage();
                    }
                }
                try {
                    Thread.sleep(POLL_INTERVAL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }

        /** Runs in the shutdown hook. */
        void stop() {
            stopping = true;
            if (restored.get()) {
                return;
            }
            loop.interrupt();
            try {
                loopDone.await(LAST_POLL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            DeliveryFeed deliveries = feed;
            if (deliveries != null) {
                try {
                    deliveries.poll();
                } catch (CliFailure e) {
                    // The registration is put back below all the same; the restore says if the server is gone.
                }
            }
            if (!restored.compareAndSet(false, true)) {
                return;
            }
            List<String> failures = previous.restore(client);
            if (failures.isEmpty()) {
                out.println("Put back the previous registration: " + previous.describe() + ".");
            } else {
                failures.forEach(failure -> System.err.println("connector: could not put back " + failure));
            }
            out.flush();
        }

        void restoreQuietly() {
            stopping = true;
            if (restored.compareAndSet(false, true)) {
                previous.restore(client);
            }
        }
    }
}
