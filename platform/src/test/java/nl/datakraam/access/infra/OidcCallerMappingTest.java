// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.Caller;
import nl.datakraam.access.OidcSettings;
import org.junit.jupiter.api.Test;

/** The claims of Keycloak and Entra ID sign-ins become the caller the contract's authorities describe. */
class OidcCallerMappingTest {

    private static OidcSettings settings(String rolesClaim, Map<String, String> roleMapping) {
        return new OidcSettings("preferred_username", rolesClaim, "groups", "organisation", roleMapping);
    }

    @Test
    void keycloakRealmRolesAreReadThroughADottedPath() {
        var mapping = new OidcCallerMapping(settings("realm_access.roles", Map.of()));

        Caller caller = mapping.caller(Map.of("sub", "f3a1", "preferred_username", "hanna",
                "realm_access", Map.of("roles", List.of("offline_access", "data-eigenaar", "uma_authorization")),
                "groups", List.of("team-water", "team-natuur")));

        assertThat(caller).isEqualTo(new Caller("hanna", Set.of(Caller.ROLE_STEWARD),
                Set.of("team-water", "team-natuur"), null));
        assertThat(caller.authorities()).containsExactly("ROLE_DATA-EIGENAAR", "GROUP_team-natuur",
                "GROUP_team-water");
    }

    @Test
    void entraAppRolesAreMappedAndUnknownValuesIgnored() {
        var mapping = new OidcCallerMapping(settings("roles", Map.of("Datakraam.Beheerder", "beheerder",
                "Datakraam.Medewerker", "Medewerker")));

        Caller caller = mapping.caller(Map.of("preferred_username", "jan@provincie.nl",
                "roles", List.of("datakraam.beheerder", "Datakraam.Medewerker", "Finance.Reader"),
                "groups", List.of("6f1d2c9e-8b1a-4f43-9a3b-0c7e2d1f5a11")));

        assertThat(caller.id()).isEqualTo("jan@provincie.nl");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Caller.ROLE_ADMINISTRATOR, Caller.ROLE_STAFF);
        assertThat(caller.groups()).containsExactly("6f1d2c9e-8b1a-4f43-9a3b-0c7e2d1f5a11");
    }

    @Test
    void aSpaceSeparatedStringIsAListOfValues() {
        var mapping = new OidcCallerMapping(settings("roles", Map.of()));

        Caller caller = mapping.caller(Map.of("preferred_username", "piet", "roles", " partner  onbekend ",
                "groups", "leveranciers", "organisation", "ingenieursbureau-noord"));

        assertThat(caller).isEqualTo(new Caller("piet", Set.of(Caller.ROLE_PARTNER), Set.of("leveranciers"),
                "ingenieursbureau-noord"));
        assertThat(caller.authorities()).containsExactly("ROLE_PARTNER", "GROUP_leveranciers",
                "ORGANISATION_ingenieursbureau-noord");
    }

    @Test
    void aUserWithoutARecognisedRoleHasNone() {
        var mapping = new OidcCallerMapping(settings("roles", Map.of("Datakraam.Beheerder", "beheerder")));

        Caller caller = mapping.caller(Map.of("preferred_username", "kees", "roles", List.of("Finance.Reader")));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.groups()).isEmpty();
        assertThat(caller.organisation()).isNull();
        assertThat(Caller.of(caller.id(), caller.authorities())).isEqualTo(caller);
    }

    @Test
    void aClaimWhoseNameHasDotsIsFoundBeforeTheNestedPath() {
        var claims = Map.<String, Object>of("app.roles", "medewerker", "app", Map.of("roles", "beheerder"));

        assertThat(OidcCallerMapping.values(claims, "app.roles")).containsExactly("medewerker");
        assertThat(OidcCallerMapping.values(claims, "app.missing")).isEmpty();
        assertThat(OidcCallerMapping.values(claims, "realm_access.roles")).isEmpty();
    }

    @Test
    void withoutTheIdClaimNobodySignsIn() {
        var mapping = new OidcCallerMapping(settings("roles", Map.of()));

        assertThatIllegalArgumentException().isThrownBy(() -> mapping.caller(Map.of("sub", "f3a1",
                "roles", List.of("beheerder")))).withMessageContaining("preferred_username");
    }

    @Test
    void aMappingToAnUnknownRoleFailsAtStartUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings("roles", Map.of("Admins", "admin")))
                .withMessageContaining("datakraam.oidc.role-mapping[Admins]=admin")
                .withMessageContaining("beheerder, data-eigenaar");
    }
}
