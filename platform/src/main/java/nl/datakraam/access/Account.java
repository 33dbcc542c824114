// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A local account (issue 6, accounts): what {@link Accounts} shows of it. The password hash never leaves the store.
 *
 * @param id           the login name, {@code [a-z0-9._-]{2,64}}; also the {@link Caller#id()} for grants and audit
 * @param name         display name
 * @param email        e-mail address, or null
 * @param roles        role codes of {@link Caller#ROLES}; at least one
 * @param groups       ids of the user groups the account belongs to
 * @param organisation the partner organisation; set iff {@code roles} holds {@link Caller#ROLE_PARTNER}
 * @param enabled      false: the account cannot sign in and its API keys do not work
 * @param lockedUntil  until when sign-in is refused after too many failed attempts; null when never locked
 * @param createdAt    when the account was created
 */
public record Account(String id, String name, @Nullable String email, Set<String> roles, Set<String> groups,
        @Nullable String organisation, boolean enabled, @Nullable Instant lockedUntil, Instant createdAt) {

    public Account {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
    }

    /** The caller this account acts as, with its current roles, groups and organisation. */
    public Caller caller() {
        return new Caller(id, roles, groups, organisation);
    }

    /** Whether sign-in is refused at {@code now} because of failed attempts. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
