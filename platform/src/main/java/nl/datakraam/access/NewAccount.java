// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An account to create, as a client sent it ({@code POST /v1/accounts}, the accounts page, the setup page, the
 * command line); {@link Accounts#create} checks every value.
 *
 * @param password the password in plain text, at least {@link Accounts#MIN_PASSWORD_LENGTH} characters; hashed
 *                 with Argon2id before it is stored, never kept or returned otherwise
 */
public record NewAccount(@Nullable String id, @Nullable String name, @Nullable String email,
        @Nullable String password, @Nullable List<String> roles, @Nullable List<String> groups,
        @Nullable String organisation) {
}
