package dev.connector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.connector.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Wake-ups within one process, and between processes sharing one PostgreSQL database. */
class NotificationsTest {

    @Test
    void an_announcement_wakes_the_subscribers_of_its_channel_in_this_process_until_they_unsubscribe() throws Exception {
        Path folder = Files.createTempDirectory("connector-notifications-");
        try (Database database = Database.sqlite(folder)) {
            AtomicInteger outbox = new AtomicInteger();
            AtomicInteger other = new AtomicInteger();
            AutoCloseable subscription = database.notifications().subscribe("test_outbox", outbox::incrementAndGet);
            database.notifications().subscribe("test_other", other::incrementAndGet);

            database.notifications().announce("test_outbox");
            subscription.close();
            database.notifications().announce("test_outbox");

            assertThat(outbox).hasValue(1);
            assertThat(other).hasValue(0);
        } finally {
            deleteRecursively(folder);
        }
    }

    @Test
    void an_announcement_in_one_process_wakes_the_subscribers_of_another_sharing_the_postgresql_store() {
        String url = TestPostgres.createDatabase();
        try (Database first = Database.postgresql(url); Database second = Database.postgresql(url)) {
            AtomicInteger heardBySecond = new AtomicInteger();
            second.notifications().subscribe("test_outbox", heardBySecond::incrementAndGet);
            // Subscribing (re)starts listening, which wakes the subscriber once: what was announced before is unknown.
            await().atMost(Duration.ofSeconds(30)).until(() -> heardBySecond.get() >= 1);
            int beforeAnnouncement = heardBySecond.get();

            first.notifications().announce("test_outbox");

            await().atMost(Duration.ofSeconds(30)).until(() -> heardBySecond.get() > beforeAnnouncement);
        } finally {
            TestPostgres.dropDatabase(url);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
