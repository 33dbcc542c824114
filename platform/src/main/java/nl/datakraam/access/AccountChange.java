// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change to an account ({@code PATCH /v1/accounts/{id}}, the account page). A null member leaves that value as it
 * is; an empty {@code email} or {@code organisation} removes it.
 *
 * @param password a new password in plain text, or null
 * @param unlock   true: clear a lockout after failed sign-ins
 */
public record AccountChange(@Nullable String name, @Nullable String email, @Nullable String password,
        @Nullable List<String> roles, @Nullable List<String> groups, @Nullable String organisation,
        @Nullable Boolean enabled, boolean unlock) {
}
