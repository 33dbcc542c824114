// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the claims of an OIDC sign-in ({@code datakraam.oidc.*}) become a {@link Caller}. The providers themselves are
 * configured with Spring Boot's {@code spring.security.oauth2.client.registration.<id>.*} and
 * {@code spring.security.oauth2.client.provider.<id>.issuer-uri} (docs/oidc.md).
 *
 * <p>A claim is named by its top-level name, or by a dotted path into nested objects ({@code realm_access.roles},
 * where Keycloak puts realm roles); a claim whose own name contains the dots is found first. Its value is a JSON
 * array of strings or one string of space-separated values.
 *
 * @param idClaim           the claim that becomes the caller's id (the account id for grants and the audit log);
 *                          a top-level claim, e.g. {@code preferred_username} (default), {@code email}, {@code sub}
 * @param rolesClaim        the claim with role values (default {@code roles}, where Entra ID puts app roles)
 * @param groupsClaim       the claim with the ids of the caller's user groups (default {@code groups})
 * @param organisationClaim the claim with the id of the caller's partner organisation (default {@code organisation})
 * @param roleMapping       claim value → role code (e.g. {@code Datakraam.Beheerder → beheerder}); values are matched
 *                          case-insensitively; a claim value that is itself a role code maps to that role; other
 *                          values are ignored. Keys with dots or capitals need the bracket form in properties files:
 *                          {@code datakraam.oidc.role-mapping[Datakraam.Beheerder]=beheerder}.
 * @throws IllegalArgumentException when a mapping names no role of {@link Caller#ROLES}
 */
@Validated
@ConfigurationProperties("datakraam.oidc")
public record OidcSettings(
        @DefaultValue("preferred_username") @NotBlank String idClaim,
        @DefaultValue("roles") @NotBlank String rolesClaim,
        @DefaultValue("groups") @NotBlank String groupsClaim,
        @DefaultValue("organisation") @NotBlank String organisationClaim,
        @DefaultValue Map<String, String> roleMapping) {

    public OidcSettings {
        var mapping = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        roleMapping.forEach((value, role) -> {
            String code = role.strip().toLowerCase(Locale.ROOT);
            if (!Caller.ROLES.contains(code)) {
                throw new IllegalArgumentException("datakraam.oidc.role-mapping[" + value + "]=" + role
                        + " names no role; use one of " + String.join(", ", Caller.ROLES));
            }
            mapping.put(value, code);
        });
        roleMapping = Collections.unmodifiableMap(mapping);
    }

    /** The role a claim value stands for: its mapping, else the value itself if it is a role code; else null. */
    public @Nullable String role(String claimValue) {
        String mapped = roleMapping.get(claimValue);
        if (mapped != null) {
            return mapped;
        }
        String code = claimValue.toLowerCase(Locale.ROOT);
        return Caller.ROLES.contains(code) ? code : null;
    }
}
