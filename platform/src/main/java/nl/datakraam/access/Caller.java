// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.Set;

/**
 * The party behind a request or command, as the authorisation service sees it.
 *
 * @param id    stable identifier for audit ({@code anonymous} for the public)
 * @param roles role codes from the security model, e.g. {@code beheerder}
 */
public record Caller(String id, Set<String> roles) {

    public static final String ROLE_ADMINISTRATOR = "beheerder";

    private static final Caller ANONYMOUS = new Caller("anonymous", Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** The administrator that acts for the command line and for the bootstrap token. */
    public static Caller administrator(String id) {
        return new Caller(id, Set.of(ROLE_ADMINISTRATOR));
    }

    public boolean isAnonymous() {
        return roles.isEmpty();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
