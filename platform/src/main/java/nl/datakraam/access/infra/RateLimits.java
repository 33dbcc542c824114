// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import nl.datakraam.access.RateLimitSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One rate limiter (resilience4j, a fixed window of {@link RateLimitSettings#period()}) per kind of limit and
 * client, kept in a bounded cache (Caffeine: at most {@link RateLimitSettings#maxClients()}, a client forgotten after
 * one period without requests, when its limiter would be full again anyway). Thread-safe. Counts on this node only.
 */
@Component
class RateLimits {

    /** What is limited, and so which limit applies. */
    enum Kind {
        /** Sign-in attempts per client IP. */
        LOGIN,
        /** API requests per bearer credential. */
        API_AUTHENTICATED,
        /** API requests without credentials per client IP. */
        API_ANONYMOUS
    }

    private final RateLimitSettings settings;
    private final LongSupplier nanoTime;
    private final Cache<String, RateLimiter> limiters;

    @Autowired
    RateLimits(RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    /** With a clock of its own ({@code System.nanoTime()} semantics), for tests. */
    RateLimits(RateLimitSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.limiters = Caffeine.newBuilder().maximumSize(settings.maxClients())
                .expireAfterAccess(settings.period()).ticker(nanoTime::getAsLong).build();
    }

    /**
     * Takes one permit for the client.
     *
     * @param client the client's key within the kind: its IP address or a hash of its credential
     * @return empty when the request may go ahead; otherwise the whole seconds (at least 1) until the client's next
     *     permit, for {@code Retry-After}
     */
    OptionalLong acquire(Kind kind, String client) {
        RateLimiter limiter = limiters.get(kind + " " + client, key -> RateLimiter.of(key, config(kind),
                nanoTime::getAsLong));
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = ((AtomicRateLimiter.AtomicRateLimiterMetrics) limiter.getMetrics()).getNanosToWait();
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1)));
    }

    private RateLimiterConfig config(Kind kind) {
        int limit = switch (kind) {
            case LOGIN -> settings.login();
            case API_AUTHENTICATED -> settings.apiAuthenticated();
            case API_ANONYMOUS -> settings.apiAnonymous();
        };
        return RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(settings.period())
                .timeoutDuration(Duration.ZERO).build();
    }
}
