// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The party behind a request or command, as the authorisation service sees it. Every way of signing in (local
 * account, API key, OIDC, the bootstrap token) ends in the same Spring Security authorities, {@link #authorities()},
 * from which {@link Authorization#currentCaller()} makes the caller again.
 *
 * @param id           stable identifier for grants and audit: the account name ({@code anonymous} for the public)
 * @param roles        role codes from the security model, e.g. {@code beheerder}; empty for the public
 * @param groups       ids of the user groups the caller belongs to (for {@code beperkt} grants)
 * @param organisation id of the partner organisation the caller acts for, or null (for {@code beperkt} grants)
 */
public record Caller(String id, Set<String> roles, Set<String> groups, @Nullable String organisation) {

    /** Administrator: manages accounts, groups, grants and keys; may read and change everything. */
    public static final String ROLE_ADMINISTRATOR = "beheerder";
    /** Data steward: uploads and describes datasets, grants access to them. */
    public static final String ROLE_STEWARD = "data-eigenaar";
    /** Data protection officer: reads internal data, the audit log and (later) signs off privacy assessments. */
    public static final String ROLE_PRIVACY_OFFICER = "functionaris-gegevensbescherming";
    /** Staff member and analyst: reads internal data. */
    public static final String ROLE_STAFF = "medewerker";
    /** User of an external partner organisation: reads open data and what is granted to it. */
    public static final String ROLE_PARTNER = "partner";

    /** Every role code, in the order of the security model. */
    public static final List<String> ROLES = List.of(ROLE_ADMINISTRATOR, ROLE_STEWARD, ROLE_PRIVACY_OFFICER,
            ROLE_STAFF, ROLE_PARTNER);

    static final String ROLE_PREFIX = "ROLE_";
    static final String GROUP_PREFIX = "GROUP_";
    static final String ORGANISATION_PREFIX = "ORGANISATION_";
    private static final String SYSTEM_PREFIX = "system:";

    private static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Set.of(), null);

    public Caller {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
    }

    /** A caller with roles only, in no group and no partner organisation. */
    public Caller(String id, Set<String> roles) {
        this(id, roles, Set.of(), null);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** The administrator that acts for the command line, the system's own tasks and the bootstrap token. */
    public static Caller administrator(String id) {
        return new Caller(id, Set.of(ROLE_ADMINISTRATOR));
    }

    /**
     * Whether nobody is signed in. A signed-in account without any role (an OIDC user whose claims name no role we
     * know) is not anonymous: it reads open data and what is granted to it, and may sign out.
     */
    /**
     * The platform itself, acting for one of its background tasks ({@code search}, {@code mqa}, {@code ingest}, …):
     * id {@code system:<task>}, with the administrator's rights. Its reads are not people reading data and are not
     * recorded in the audit log.
     */
    public static Caller system(String task) {
        return administrator(SYSTEM_PREFIX + task);
    }

    /** Whether this is the platform acting for a background task ({@link #system}). */
    public boolean isSystem() {
        return id.startsWith(SYSTEM_PREFIX) && roles.equals(Set.of(ROLE_ADMINISTRATOR));
    }

    public boolean isAnonymous() {
        return this.equals(ANONYMOUS);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * The Spring Security authorities that carry this caller: {@code ROLE_<ROLE>} per role (upper case, e.g.
     * {@code ROLE_DATA-EIGENAAR}), {@code GROUP_<id>} per group, {@code ORGANISATION_<id>} for the partner
     * organisation.
     */
    public List<String> authorities() {
        List<String> authorities = new ArrayList<>();
        roles.stream().sorted().forEach(role -> authorities.add(ROLE_PREFIX + role.toUpperCase(Locale.ROOT)));
        groups.stream().sorted().forEach(group -> authorities.add(GROUP_PREFIX + group));
        if (organisation != null) {
            authorities.add(ORGANISATION_PREFIX + organisation);
        }
        return authorities;
    }

    /** The caller that {@link #authorities()} carried; authorities of other shapes are ignored. */
    public static Caller of(String id, Collection<String> authorities) {
        Set<String> roles = new HashSet<>();
        Set<String> groups = new HashSet<>();
        String organisation = null;
        for (String authority : authorities) {
            if (authority.startsWith(ROLE_PREFIX)) {
                String role = authority.substring(ROLE_PREFIX.length()).toLowerCase(Locale.ROOT);
                if (ROLES.contains(role)) {
                    roles.add(role);
                }
            } else if (authority.startsWith(GROUP_PREFIX)) {
                groups.add(authority.substring(GROUP_PREFIX.length()));
            } else if (authority.startsWith(ORGANISATION_PREFIX)) {
                organisation = authority.substring(ORGANISATION_PREFIX.length());
            }
        }
        return new Caller(id, roles, groups, organisation);
    }
}
