// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API key as lists show it: never its secret, which is shown once, when it is made ({@link IssuedApiKey}).
 *
 * @param id    the key's public id, also the part of the key after {@code dk_}
 * @param owner the account the key acts as
 */
public record ApiKey(String id, String owner, String name, ApiKeyScope scope, Instant createdAt, Instant expiresAt,
        @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

    /** {@code revoked}, {@code expired} or {@code active} at {@code now}. */
    public String status(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt.isAfter(now) ? "active" : "expired";
    }
}
