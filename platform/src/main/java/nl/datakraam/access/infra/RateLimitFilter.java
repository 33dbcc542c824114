// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link RateLimits} early in both filter chains, after the security headers are set up and before any
 * authentication or CSRF check: sign-in attempts ({@code POST /inloggen}, the first administrator's setup form
 * {@code POST /instellen}, the OIDC callback {@code /login/oauth2/code/*}) per client IP, and API requests
 * ({@code /v1/**}, CKAN's {@code /api/3/**}, OGC API {@code /ogc/**}) per bearer credential (a SHA-256 of it; the
 * credential is not checked here) or, without one, per client IP. Over the limit the request goes no further: 429
 * with {@code Retry-After}, rendered by the error page as problem JSON {@code access.rate-limited} on the API and as
 * a page for browsers.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final String BEARER = "Bearer ";

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        OptionalLong wait = OptionalLong.empty();
        if (path.startsWith("/v1/") || path.startsWith("/api/3/") || path.startsWith("/ogc")) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            boolean bearer = authorization != null
                    && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
            wait = bearer
                    ? limits.acquire(RateLimits.Kind.API_AUTHENTICATED,
                            sha256(authorization.substring(BEARER.length()).strip()))
                    : limits.acquire(RateLimits.Kind.API_ANONYMOUS, request.getRemoteAddr());
        } else if (path.startsWith("/login/oauth2/code/")
                || (path.equals("/inloggen") || path.equals("/instellen"))
                        && "POST".equalsIgnoreCase(request.getMethod())) {
            wait = limits.acquire(RateLimits.Kind.LOGIN, request.getRemoteAddr());
        }
        if (wait.isPresent()) {
            log.debug("Rate limit reached: {} {}; answered 429, retry after {} s", request.getMethod(), path,
                    wait.getAsLong());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static String sha256(String credential) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
