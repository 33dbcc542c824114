// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
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
 *       style); style attributes allowed ({@code style-src-attr}: ECharts and Leaflet set them on what they draw, and
 *       they cannot run code); images also as {@code data:} URIs and from the origin of the datalab's base map tiles
 *       ({@code datakraam.datalab.basemap.url}, PDOK by default; images only); no plugins; no framing ({@code frame-ancestors
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

    /** The property naming the datalab's base map tiles (an XYZ URL template); empty or absent: no base map. */
    static final String BASEMAP_URL = "datakraam.datalab.basemap.url";

    SecurityHeaders(ObjectProvider<ClientRegistrationRepository> registrations, Environment environment) {
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
        String tiles = environment.getProperty(BASEMAP_URL, "");
        String imageSources = "'self' data:" + (tiles.isBlank() ? "" : " " + tileOrigin(tiles));
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "style-src-attr 'unsafe-inline'; img-src " + imageSources + "; font-src 'self'; connect-src 'self'; "
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

    /**
     * The origin of a tile URL template ({@code https://service.pdok.nl/brt/.../{z}/{x}/{y}.png} →
     * {@code https://service.pdok.nl}); Leaflet's subdomain placeholder becomes a wildcard
     * ({@code https://{s}.tile.example.org/...} → {@code https://*.tile.example.org}).
     *
     * @throws IllegalStateException for a template that is not an absolute http(s) URL, saying which property to fix
     */
    static String tileOrigin(String template) {
        String scheme = template.contains("://") ? template.substring(0, template.indexOf("://")) : "";
        String rest = template.substring(scheme.length() + (scheme.isEmpty() ? 0 : 3));
        String authority = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (authority.startsWith("{s}.")) { // Leaflet's subdomains: a host wildcard in CSP
            authority = "*." + authority.substring(4);
        }
        if (!(scheme.equals("https") || scheme.equals("http")) || authority.isBlank()
                || !authority.matches("(\\*\\.)?[A-Za-z0-9.:\\[\\]-]+")) {
            throw new IllegalStateException(BASEMAP_URL + " must be an absolute http(s) URL of tiles, such as"
                    + " https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png;"
                    + " it is: " + template);
        }
        return scheme + "://" + authority;
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
