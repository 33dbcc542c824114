// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.datakraam.access.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} for the API. A matching token signs the request in as the bootstrap
 * administrator; a wrong one is answered 401 at once, as an RFC 9457 problem.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";

    private final BootstrapToken token;

    BearerTokenFilter(BootstrapToken token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            String presented = header.substring(SCHEME.length()).strip();
            if (presented.isEmpty() || !token.matches(presented)) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8);
                response.getWriter().write("""
                        {"type":"about:blank","title":"Unauthorized","status":401,"instance":"%s",\
                        "code":"access.invalid-token","detail":"The bearer token is not valid. Send the administrator \
                        token as 'Authorization: Bearer <token>', or no Authorization header for public data."}"""
                        .formatted(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "")));
                return;
            }
            var authentication = UsernamePasswordAuthenticationToken.authenticated(Caller.ROLE_ADMINISTRATOR, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + Caller.ROLE_ADMINISTRATOR.toUpperCase())));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
