// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.datakraam.access.OidcSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in with OIDC providers for the HTML interface, when Spring Boot's
 * {@code spring.security.oauth2.client.registration.<id>.*} properties configure at least one (docs/oidc.md); without
 * them nothing changes. The login page {@code /inloggen} links to {@code /oauth2/authorization/<id>} per provider;
 * the provider sends the browser back to {@code /login/oauth2/code/<id>}; a failed sign-in (refused at the provider,
 * a wrong {@code state}, an ID token that does not validate, no id claim) returns to {@code /inloggen?oidc-error}.
 * Signing out ({@code /uitloggen}) ends the local session and, when the provider advertises an
 * {@code end_session_endpoint}, the provider's session too (OpenID Connect RP-Initiated Logout 1.0).
 */
@Component
class OidcLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final OidcSettings settings;

    OidcLogin(ObjectProvider<ClientRegistrationRepository> registrations, OidcSettings settings) {
        this.registrations = registrations;
        this.settings = settings;
    }

    /** Adds OIDC sign-in and RP-initiated sign-out to the HTML filter chain, when a provider is configured. */
    void apply(HttpSecurity http) throws Exception {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/inloggen").failureHandler(new Failure())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcCallerService(settings))));
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(repository);
        signOut.setPostLogoutRedirectUri("{baseUrl}/");
        signOut.setDefaultTargetUrl("/");
        http.logout(logout -> logout.logoutSuccessHandler(signOut));
    }

    /** Logs why a sign-in failed (one WARN line: the OAuth 2.0 error code and description); shows the login page. */
    private static final class Failure extends SimpleUrlAuthenticationFailureHandler {

        Failure() {
            super("/inloggen?oidc-error");
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, ServletException {
            log.warn("OIDC sign-in failed: {}", exception.getMessage());
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
