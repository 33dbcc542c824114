// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform clock in end-to-end tests: system time in UTC plus an offset a test may move, and must move back
 * ({@link #reset()}, in a {@code finally}). Jobs are queued on the scheduler's own time, so moving it delays none.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> frozen = new AtomicReference<>();

    /** Moves the clock by {@code amount} (negative: back) from where it is. */
    public void moveBy(Duration amount) {
        offset.updateAndGet(current -> current.plus(amount));
    }

    /**
     * Stops the clock at {@code at} until {@link #reset()}, so that a test can compute what the platform computes at
     * the same moment.
     */
    public void freezeAt(Instant at) {
        frozen.set(at);
    }

    /** Back to system time, running. */
    public void reset() {
        frozen.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        Instant at = frozen.get();
        return at != null ? at : Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    /** Puts the movable clock in place of the platform's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
