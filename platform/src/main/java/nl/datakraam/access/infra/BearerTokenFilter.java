// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.datakraam.access.ApiKeySignIn;
import nl.datakraam.access.ApiKeyScope;
import nl.datakraam.access.ApiKeys;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} for the API: the bootstrap token signs the request in as the bootstrap
 * administrator, an API key ({@code dk_...}, {@link ApiKeys}) as its owner account with the account's current
 * authorities ({@link Caller#authorities()}). A token that is neither (unknown, expired, revoked, or of a disabled
 * account) is answered 401 {@code access.invalid-token} at once; a read-scoped key on anything that does not only
 * read ({@link #reads}) 403 {@code access.key-read-only}; both as RFC 9457 problems.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";

    private final BootstrapToken token;
    private final ApiKeys keys;

    BearerTokenFilter(BootstrapToken token, ApiKeys keys) {
        this.token = token;
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            String presented = header.substring(SCHEME.length()).strip();
            Optional<ApiKeySignIn> signIn = presented.isEmpty() ? Optional.empty()
                    : token.matches(presented) ? Optional.of(new ApiKeySignIn(
                            Caller.administrator(Caller.ROLE_ADMINISTRATOR), ApiKeyScope.WRITE))
                    : keys.authenticate(presented);
            if (signIn.isEmpty()) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                refuse(request, response, new PlatformException(ErrorCode.INVALID_TOKEN, "The bearer token is not"
                        + " valid: unknown, expired or revoked. Send an API key or the administrator token as"
                        + " 'Authorization: Bearer <token>', or no Authorization header for public data."));
                return;
            }
            if (signIn.get().scope() == ApiKeyScope.READ && !reads(request)) {
                refuse(request, response, new PlatformException(ErrorCode.KEY_READ_ONLY, "This API key may only"
                        + " read (GET, HEAD, and POST of SQL to /v1/query). Make a key with scope write for changes."));
                return;
            }
            Caller caller = signIn.get().caller();
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    caller.id(), null, AuthorityUtils.createAuthorityList(caller.authorities())));
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the request only reads: GET and HEAD, POST to the endpoints that take a read as a body (SQL at
     * {@code /v1/query} and its export at {@code /v1/query/export}, and the SQL workbench's same handlers under
     * {@code /datalab/sql/}; a builder question at {@code /v1/builder}; the CKAN Action API at {@code /api/3/action/*},
     * which is read-only and which CKAN clients call with POST; an anonymisation preview and a re-identification
     * question, {@code /v1/datasets/{id}/anonymisation/preview} and {@code …/pseudonym}, whose plan or candidate value
     * travels in the body because a value may be personal data and must stay out of the URI), and DELETE of one's own
     * running query ({@code /v1/query/runs/{runId}}), which stops a read and changes no data.
     */
    static boolean reads(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(method) && (path.equals("/v1/query") || path.equals("/v1/query/export")
                        || path.equals("/datalab/sql/run") || path.equals("/datalab/sql/export")
                        || path.equals("/v1/builder") || path.startsWith("/api/3/action/")
                        || path.matches("/v1/datasets/[^/]+/anonymisation/(preview|pseudonym)"))
                || "DELETE".equals(method) && (path.startsWith("/v1/query/runs/")
                        || path.startsWith("/datalab/sql/runs/"));
    }

    /**
     * Ends the request with the fault, rendered by the error page like every other (problem JSON for the API, a page
     * for browsers, in the reader's language).
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, PlatformException fault)
            throws IOException {
        request.setAttribute(PlatformException.REQUEST_ATTRIBUTE, fault);
        response.sendError(fault.code().status().value());
    }
}
