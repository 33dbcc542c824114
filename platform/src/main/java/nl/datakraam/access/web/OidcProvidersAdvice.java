// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The OIDC providers the login page offers a button for: every registration of Spring Boot's
 * {@code spring.security.oauth2.client.registration.<id>.*} with the authorization-code grant, by its
 * {@code client-name}. None when no provider is configured.
 */
@ControllerAdvice(assignableTypes = LoginPageController.class)
class OidcProvidersAdvice {

    /** A provider's button: its registration id (in {@code /oauth2/authorization/<id>}) and name. */
    record Provider(String id, String name) {
    }

    private final List<Provider> providers;

    OidcProvidersAdvice(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (Object registration : configured) {
                if (registration instanceof ClientRegistration client
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(client.getAuthorizationGrantType())) {
                    found.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    @ModelAttribute("oidcProviders")
    List<Provider> oidcProviders() {
        return providers;
    }
}
