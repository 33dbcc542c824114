// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.Caller;
import nl.datakraam.access.OidcSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the {@link Caller} of an OIDC sign-in from the claims of its ID token and userinfo response, as
 * {@link OidcSettings} says: the id from the id claim, the roles from the roles claim through the role mapping
 * (unknown values ignored), the user groups and the partner organisation from their claims. Thread-safe.
 */
final class OidcCallerMapping {

    private static final Logger log = LoggerFactory.getLogger(OidcCallerMapping.class);

    private final OidcSettings settings;

    OidcCallerMapping(OidcSettings settings) {
        this.settings = settings;
    }

    /**
     * The caller the claims describe. A caller without a recognised role signs in with no role (it sees open data
     * only), and a WARN line names the values the roles claim had, so that an administrator can map them.
     *
     * @param claims the merged claims (ID token and userinfo), as {@code OidcUser.getClaims()} has them
     * @throws IllegalArgumentException when the id claim is missing or blank
     */
    Caller caller(Map<String, Object> claims) {
        Object id = claims.get(settings.idClaim());
        if (id == null || id.toString().isBlank()) {
            throw new IllegalArgumentException("The OIDC provider sent no claim '" + settings.idClaim()
                    + "' to identify the user; set datakraam.oidc.id-claim to a claim it sends (e.g. sub, email)");
        }
        List<String> roleValues = values(claims, settings.rolesClaim());
        Set<String> roles = new LinkedHashSet<>();
        for (String value : roleValues) {
            String role = settings.role(value);
            if (role != null) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            log.warn("OIDC user {} signed in without a Datakraam role (open data only): claim {} had {}; map a value "
                    + "with datakraam.oidc.role-mapping[<value>]=<role>", id, settings.rolesClaim(), roleValues);
        }
        List<String> organisations = values(claims, settings.organisationClaim());
        return new Caller(id.toString(), roles, new LinkedHashSet<>(values(claims, settings.groupsClaim())),
                organisations.isEmpty() ? null : organisations.getFirst());
    }

    /**
     * The values of a claim: the claim named {@code path}, else the one a dotted path reaches through nested objects
     * ({@code realm_access.roles}). An array gives its elements, a string its space-separated words, another value
     * its text; a missing claim gives none.
     */
    static List<String> values(Map<String, Object> claims, String path) {
        Object value = claim(claims, path);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                if (element != null && !element.toString().isBlank()) {
                    values.add(element.toString().strip());
                }
            }
        } else if (value != null) {
            for (String word : value.toString().strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    values.add(word);
                }
            }
        }
        return values;
    }

    private static @Nullable Object claim(Map<String, ?> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        int dot = path.indexOf('.');
        if (dot < 0) {
            return null;
        }
        if (claims.get(path.substring(0, dot)) instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, ?> inner = (Map<String, ?>) nested;
            return claim(inner, path.substring(dot + 1));
        }
        return null;
    }
}
