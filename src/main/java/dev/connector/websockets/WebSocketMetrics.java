package dev.connector.websockets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/** The channel's meters: open sockets, frames and events sent, commit-to-send latency, closes by reason. */
final class WebSocketMetrics {

    private final MeterRegistry meters;
    private final Counter frames;
    private final Counter events;
    private final Timer commitToSend;

    WebSocketMetrics(MeterRegistry meters, Supplier<Number> openSockets) {
        this.meters = meters;
        Gauge.builder("connector.ws.sockets.open", openSockets)
                .description("WebSockets open on this node")
                .register(meters);
        this.frames = Counter.builder("connector.ws.frames.sent")
                .description("Frames written to WebSockets")
                .register(meters);
        this.events = Counter.builder("connector.ws.events.sent")
                .description("Events written to WebSockets (a frame carries one or more)")
                .register(meters);
        this.commitToSend = Timer.builder("connector.ws.commit.to.send")
                .description("From the transaction that committed an event to its frame being written, live events only")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    void sent(int eventCount) {
        frames.increment();
        events.increment(eventCount);
    }

    void latency(Duration commitToSend) {
        this.commitToSend.record(commitToSend.isNegative() ? Duration.ZERO : commitToSend);
    }

    void closed(CloseReason reason) {
        Counter.builder("connector.ws.closes")
                .description("WebSockets closed, by reason")
                .tag("reason", reason.tag())
                .register(meters)
                .increment();
    }

    void refused(int status) {
        Counter.builder("connector.ws.upgrades.refused")
                .description("WebSocket upgrades refused, by HTTP status")
                .tag("status", Integer.toString(status))
                .register(meters)
                .increment();
    }
}
