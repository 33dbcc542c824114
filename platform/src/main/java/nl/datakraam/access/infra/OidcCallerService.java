// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import nl.datakraam.access.Caller;
import nl.datakraam.access.OidcSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The user of an OIDC sign-in, as Datakraam sees it: Spring Security's {@link OidcUserService} validates the ID token
 * and fetches the userinfo claims; {@link OidcCallerMapping} makes the {@link Caller} of the merged claims. The
 * returned user's authorities are exactly {@link Caller#authorities()} and its name is the id claim, so that
 * {@link nl.datakraam.access.Authorization#currentCaller()} reads the same caller back.
 */
final class OidcCallerService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final OidcCallerMapping mapping;
    private final String idClaim;

    OidcCallerService(OidcSettings settings) {
        this.mapping = new OidcCallerMapping(settings);
        this.idClaim = settings.idClaim();
    }

    /**
     * @throws OAuth2AuthenticationException {@code invalid_user_info} when the claims name no user (the sign-in fails
     *     and the login page says so), or what {@link OidcUserService} throws
     */
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Caller caller;
        try {
            caller = mapping.caller(user.getClaims());
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info", e.getMessage(), null), e);
        }
        return new DefaultOidcUser(caller.authorities().stream().map(SimpleGrantedAuthority::new).toList(),
                user.getIdToken(), user.getUserInfo(), idClaim);
    }
}
