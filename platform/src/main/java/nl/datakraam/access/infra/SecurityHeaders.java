// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response, pages and API alike, besides Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code Cache-Control} on authenticated content, and
 * {@code Strict-Transport-Security} on HTTPS requests only):
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, style sheets, fonts and fetches from Datakraam itself only (the
 *       pages use webjars, no CDN, and no inline scripts or style elements; htmx is told not to add its indicator
 *       style); style attributes allowed ({@code style-src-attr}: ECharts sets them on the charts it draws, and they
 *       cannot run code); images also as {@code data:} URIs; no plugins; no framing ({@code frame-ancestors
 *       'none'}; only the embed page of an openbaar datalab chart sets its own policy, framable by any site); forms posting to Datakraam and to the configured OIDC providers (sign-out redirects the logout form
 *       to the provider);</li>
 *   <li>{@code X-Frame-Options: DENY} for browsers without {@code frame-ancestors};</li>
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin};</li>
 *   <li>{@code Permissions-Policy}: no camera, microphone, geolocation, payment or USB.</li>
 * </ul>
 */
@Component
class SecurityHeaders {

    /** The {@code Permissions-Policy} header: features none of the pages uses, switched off. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final String contentSecurityPolicy;

    SecurityHeaders(ObjectProvider<ClientRegistrationRepository> registrations) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (Object registration : configured) {
                if (registration instanceof ClientRegistration client) {
                    var provider = client.getProviderDetails();
                    formTargets.add(origin(provider.getAuthorizationUri()));
                    if (provider.getConfigurationMetadata().get("end_session_endpoint") instanceof String end) {
                        formTargets.add(origin(end));
                    }
                }
            }
        }
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action "
                + String.join(" ", formTargets) + "; frame-ancestors 'none'";
    }

    /** Adds the headers to a filter chain: {@code http.headers(securityHeaders::apply)}. */
    void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
