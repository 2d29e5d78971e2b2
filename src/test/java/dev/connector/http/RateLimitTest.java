package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Config;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import org.junit.jupiter.api.Test;

class RateLimitTest extends BothStoresTest {

    @Override
    protected Config configure(Config defaults) {
        return defaults.withRateLimit(RateLimit.Policy.parse("5/30s"));
    }

    @Test
    void the_request_over_the_budget_of_an_access_token_gets_429_with_retry_after() {
        for (int i = 1; i <= 5; i++) {
            assertThat(client().operation("countries/getAll", ApiClient.body(ApiClient.UK)).status()).as("request " + i)
                    .isEqualTo(200);
        }

        ApiResponse sixth = client().operation("currencies/getAll", ApiClient.body(ApiClient.UK));
        ApiResponse otherToken = client().operation("currencies/getAll", ApiClient.body(ApiClient.US));

        ApiConventionsTest.assertError(sixth, 429);
        assertThat(sixth.header("Retry-After")).matches("\\d+");
        assertThat(Integer.parseInt(sixth.header("Retry-After"))).isBetween(1, 30);
        assertThat(otherToken.status()).as("the budget is per access token").isEqualTo(200);
    }
}
