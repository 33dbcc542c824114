// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import nl.datakraam.access.RateLimitSettings;
import nl.datakraam.access.infra.RateLimits.Kind;
import org.junit.jupiter.api.Test;

/** Per-client limits on a clock the test moves: no waiting, no wall clock. */
class RateLimitsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimits limits = new RateLimits(new RateLimitSettings(3, 5, 2, Duration.ofMinutes(1), 1000),
            nanos::get);

    @Test
    void aClientOverItsLimitWaitsUntilTheNextPeriod() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.acquire(Kind.LOGIN, "203.0.113.7")).as("attempt " + (i + 1)).isEmpty();
        }
        assertThat(limits.acquire(Kind.LOGIN, "203.0.113.7")).isEqualTo(OptionalLong.of(60));

        nanos.addAndGet(Duration.ofSeconds(45).toNanos());
        assertThat(limits.acquire(Kind.LOGIN, "203.0.113.7")).isEqualTo(OptionalLong.of(15));

        nanos.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(limits.acquire(Kind.LOGIN, "203.0.113.7")).isEmpty();
    }

    @Test
    void clientsAndKindsHaveLimitsOfTheirOwn() {
        assertThat(limits.acquire(Kind.API_ANONYMOUS, "203.0.113.7")).isEmpty();
        assertThat(limits.acquire(Kind.API_ANONYMOUS, "203.0.113.7")).isEmpty();
        assertThat(limits.acquire(Kind.API_ANONYMOUS, "203.0.113.7")).isPresent();

        assertThat(limits.acquire(Kind.API_ANONYMOUS, "198.51.100.1")).as("another client").isEmpty();
        assertThat(limits.acquire(Kind.LOGIN, "203.0.113.7")).as("another kind").isEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(limits.acquire(Kind.API_AUTHENTICATED, "hash-of-a-key")).as("request " + (i + 1)).isEmpty();
        }
        assertThat(limits.acquire(Kind.API_AUTHENTICATED, "hash-of-a-key")).isPresent();
    }
}
