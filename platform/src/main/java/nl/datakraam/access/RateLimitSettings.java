// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits ({@code datakraam.rate-limit.*}): how many requests one client may make per {@code period}. Over the
 * limit a request is answered 429 with {@code Retry-After} (seconds) and the problem code {@code access.rate-limited}.
 * Clients are told apart by their IP address as the server sees it (behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that it is the one in {@code X-Forwarded-For}).
 *
 * @param login            sign-in attempts per client IP: form posts to {@code /inloggen} and OIDC callbacks
 *                         ({@code /login/oauth2/code/*}); default 10
 * @param apiAuthenticated API requests ({@code /v1/**}) per bearer credential (token or API key); default 600
 * @param apiAnonymous     API requests without credentials per client IP; default 300
 * @param period           the window the limits count in; default one minute
 * @param maxClients       most clients tracked at once (memory bound); the least recently seen are forgotten first,
 *                         and a client is forgotten after one period without requests anyway
 */
@Validated
@ConfigurationProperties("datakraam.rate-limit")
public record RateLimitSettings(
        @DefaultValue("10") @Positive int login,
        @DefaultValue("600") @Positive int apiAuthenticated,
        @DefaultValue("300") @Positive int apiAnonymous,
        @DefaultValue("1m") @NotNull Duration period,
        @DefaultValue("100000") @Positive int maxClients) {
}
