package dev.connector.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connector.api.InvalidRequest;
import dev.connector.api.TooManyRequests;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The feed's promises without a server: filters, bounded buffers, dropping a watcher that falls behind. */
class LiveFeedTest {

    private final LiveFeed feed = new LiveFeed(Clock.systemUTC());

    @Test
    void nothing_is_built_or_kept_while_nobody_watches() {
        feed.publish(LiveKind.Operation, null, null, List.of(), "ignored");

        assertThat(feed.watched()).isFalse();
        try (LiveFeed.Subscription subscription = feed.subscribe(LiveFilter.everything())) {
            assertThat(feed.watched()).isTrue();
            assertThat(subscription.next(Duration.ZERO)).isNull();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(feed.watched()).isFalse();
    }

    @Test
    void a_watcher_sees_only_what_its_filter_matches_in_publishing_order() throws InterruptedException {
        UUID application = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        LiveFilter filter = new LiveFilter(application, enterprise, EnumSet.of(LiveKind.WebhookAttempt));
        try (LiveFeed.Subscription subscription = feed.subscribe(filter)) {
            feed.publish(LiveKind.WebhookAttempt, application, null, List.of(enterprise), "first");
            feed.publish(LiveKind.Operation, application, null, List.of(enterprise), "other kind");
            feed.publish(LiveKind.WebhookAttempt, UUID.randomUUID(), null, List.of(enterprise), "other application");
            feed.publish(LiveKind.WebhookAttempt, application, null, List.of(), "no enterprise");
            feed.publish(LiveKind.WebhookAttempt, application, null, List.of(UUID.randomUUID(), enterprise), "second");

            List<LiveEvent> seen = new ArrayList<>();
            subscription.drainTo(seen, 100);

            assertThat(seen).extracting(LiveEvent::data).containsExactly("first", "second");
            assertThat(seen.get(1).id()).isGreaterThan(seen.get(0).id());
        }
    }

    @Test
    void a_watcher_a_whole_buffer_behind_is_dropped_without_slowing_the_publisher() throws InterruptedException {
        LiveFeed.Subscription slow = feed.subscribe(LiveFilter.everything());
        LiveFeed.Subscription other = feed.subscribe(new LiveFilter(null, null, Set.of(LiveKind.Fault)));

        for (int i = 0; i <= LiveFeed.BUFFER; i++) {
            feed.publish(LiveKind.Operation, null, null, List.of(), i);
        }

        assertThat(slow.endReason()).contains("reconnect");
        assertThat(slow.next(Duration.ZERO)).isNull();
        assertThat(other.endReason()).isNull();
        assertThat(feed.watchers()).isEqualTo(1);
        other.close();
    }

    @Test
    void filters_are_read_from_the_query_and_bad_ones_are_400_naming_the_parameter() {
        UUID application = UUID.randomUUID();
        Map<String, String> query = Map.of("Application", application.toString(), "Kind", "Fault, Event");

        LiveFilter filter = LiveFilter.parse(query::get);

        assertThat(filter.applicationId()).isEqualTo(application);
        assertThat(filter.enterpriseId()).isNull();
        assertThat(filter.kinds()).containsExactlyInAnyOrder(LiveKind.Fault, LiveKind.Event);
        assertThat(LiveFilter.parse(name -> null).kinds()).containsExactlyInAnyOrder(LiveKind.values());
        assertThatThrownBy(() -> LiveFilter.parse(Map.of("Kind", "Gossip")::get))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("Kind");
        assertThatThrownBy(() -> LiveFilter.parse(Map.of("Enterprise", "12")::get))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("Enterprise");
    }

    @Test
    void too_many_watchers_are_refused_and_a_closed_feed_takes_none() {
        List<LiveFeed.Subscription> watchers = new ArrayList<>();
        for (int i = 0; i < LiveFeed.MAX_WATCHERS; i++) {
            watchers.add(feed.subscribe(LiveFilter.everything()));
        }

        assertThatThrownBy(() -> feed.subscribe(LiveFilter.everything())).isInstanceOf(TooManyRequests.class);
        feed.close();
        assertThat(watchers).allMatch(watcher -> watcher.endReason() != null);
        assertThatThrownBy(() -> feed.subscribe(LiveFilter.everything())).isInstanceOf(TooManyRequests.class);
    }
}
